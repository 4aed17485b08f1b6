// The Functions app on Flex Consumption, runtime dotnet-isolated 10.0: the host runs Reopen.Functions as its isolated worker
// (the functions in functions.metadata, the Durable extension from .azurefunctions/ on the storage account's task hub).
param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerUrl string
param applicationInsightsConnectionString string
param decisionLinkKeySecretUri string
param policy string
param smsProvider string
param emailProvider string
param sendGridApiKeySecretUri string
param emailFromAddress string
param emailFromName string
param communicationEndpoint string
param smsFrom string

param maximumInstanceCount int = 40
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identityId }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
  }
}

// A child resource so that the links in outgoing messages can use the app's own host name.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // Host and app: tables, timer monitors and leases through the managed identity (no connection string).
    AzureWebJobsStorage__accountName: storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    Reopen__Policy: policy
    // The officials' digest timer (NCRONTAB, UTC): 00:00 UTC is 08:00 in the district.
    Reopen__Digest__Schedule: '0 0 0 * * *'
    Reopen__Supervision__SweepSchedule: '0 */5 * * * *'
    Reopen__PublicBaseUrl: 'https://${site.properties.defaultHostName}/'
    DecisionLinks__SigningKey: '@Microsoft.KeyVault(SecretUri=${decisionLinkKeySecretUri})'
    Notifications__Sms: smsProvider
    Notifications__Email: emailProvider
    SendGrid__ApiKey: empty(sendGridApiKeySecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${sendGridApiKeySecretUri})'
    SendGrid__FromEmail: emailFromAddress
    SendGrid__FromName: emailFromName
    // ACS through the managed identity (Entra ID): no access key anywhere.
    Acs__Endpoint: communicationEndpoint
    Acs__ClientId: identityClientId
    Acs__From: smsFrom
  }
}

output name string = site.name
output url string = 'https://${site.properties.defaultHostName}'
