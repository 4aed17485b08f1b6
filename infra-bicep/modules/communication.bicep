// Azure Communication Services for SMS: the app's ACS adapter calls it with its managed identity (Notifications__Sms=acs).
param name string
param dataLocation string
param tags object

resource communication 'Microsoft.Communication/communicationServices@2023-04-01' = {
  name: name
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
  }
}

output name string = communication.name
output endpoint string = 'https://${communication.properties.hostName}'
