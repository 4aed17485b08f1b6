// Reopen in Azure: the Functions app (isolated worker, .NET 10, on Flex Consumption), its storage (tables, deployment
// package), monitoring, Key Vault for the decision-link and SendGrid keys, Communication Services, and the role assignments
// of the app's one managed identity. No shared keys: every data-plane call uses Entra ID.
targetScope = 'resourceGroup'

@description('Short name of the environment, e.g. "prod" or "test"; part of every resource name.')
@minLength(2)
@maxLength(12)
param environmentName string

param location string = resourceGroup().location

@description('District policy the app runs: "default" (hours and days) or "fast" (seconds, demos only).')
@allowed(['default', 'fast'])
param policy string = 'default'

@description('Base64 HMAC key (32 bytes or more) that signs decision links; stored in Key Vault.')
@secure()
param decisionLinkSigningKey string

@description('SMS adapter: "dev" (messages kept in a table) or "acs" (Communication Services, through the managed identity).')
@allowed(['dev', 'acs'])
param smsProvider string = 'dev'

@description('Email adapter: "dev" (messages kept in a table) or "sendgrid".')
@allowed(['dev', 'sendgrid'])
param emailProvider string = 'dev'

@description('SendGrid v3 API key, stored in Key Vault; required when emailProvider is "sendgrid".')
@secure()
param sendGridApiKey string = ''

@description('Verified SendGrid sender address and display name.')
param emailFromAddress string = ''
param emailFromName string = ''

@description('The sending number (E.164) or sender id the Communication Services resource owns; required when smsProvider is "acs".')
param smsFrom string = ''

@description('Where Communication Services keeps its data.')
param communicationDataLocation string = 'Asia Pacific'

var suffix = uniqueString(subscription().id, resourceGroup().id, environmentName)
var tags = { application: 'reopen', environment: environmentName }
var names = {
  identity: 'id-reopen-${environmentName}-${suffix}'
  storage: take('streopen${toLower(environmentName)}${suffix}', 24)
  logs: 'log-reopen-${environmentName}-${suffix}'
  insights: 'appi-reopen-${environmentName}-${suffix}'
  keyVault: take('kv-reopen-${environmentName}-${suffix}', 24)
  communication: 'acs-reopen-${environmentName}-${suffix}'
  plan: 'plan-reopen-${environmentName}-${suffix}'
  functionApp: 'func-reopen-${environmentName}-${suffix}'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
  tags: tags
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: { name: names.storage, location: location, tags: tags }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { logAnalyticsName: names.logs, applicationInsightsName: names.insights, location: location, tags: tags }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    name: names.keyVault
    location: location
    tags: tags
    decisionLinkSigningKey: decisionLinkSigningKey
    storeSendGridApiKey: emailProvider == 'sendgrid'
    sendGridApiKey: sendGridApiKey
  }
}

module communication 'modules/communication.bicep' = {
  name: 'communication'
  params: { name: names.communication, dataLocation: communicationDataLocation, tags: tags }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  params: {
    principalId: identity.properties.principalId
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultName: keyVault.outputs.name
    communicationName: communication.outputs.name
  }
}

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  // The host reads storage and the Key Vault reference at start: grant access first.
  dependsOn: [rbac]
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    identityId: identity.id
    identityClientId: identity.properties.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    decisionLinkKeySecretUri: keyVault.outputs.decisionLinkKeySecretUri
    policy: policy
    smsProvider: smsProvider
    emailProvider: emailProvider
    sendGridApiKeySecretUri: keyVault.outputs.sendGridApiKeySecretUri
    emailFromAddress: emailFromAddress
    emailFromName: emailFromName
    communicationEndpoint: communication.outputs.endpoint
    smsFrom: smsFrom
  }
}

output functionAppName string = functionApp.outputs.name
output functionAppUrl string = functionApp.outputs.url
output storageAccountName string = storage.outputs.name
output communicationEndpoint string = communication.outputs.endpoint
