// Secrets the app reads through Key Vault references: the decision-link signing key and the SendGrid API key.
param name string
param location string
param tags object

@secure()
param decisionLinkSigningKey string

@description('Whether email goes through SendGrid: only then is its key stored.')
param storeSendGridApiKey bool

@secure()
param sendGridApiKey string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource signingKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'decision-link-signing-key'
  properties: { value: decisionLinkSigningKey }
}

resource sendGridKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (storeSendGridApiKey) {
  parent: vault
  name: 'sendgrid-api-key'
  properties: { value: sendGridApiKey }
}

output name string = vault.name
output decisionLinkKeySecretUri string = signingKey.properties.secretUri
output sendGridApiKeySecretUri string = storeSendGridApiKey ? sendGridKey!.properties.secretUri : ''
