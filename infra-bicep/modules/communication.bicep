// Azure Communication Services for SMS (and email) once the ACS adapter exists; the app does not call it yet.
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

output endpoint string = 'https://${communication.properties.hostName}'
