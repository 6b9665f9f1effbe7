// Simulated time and byte sizes live in BrokerSimUnits so the console can use them without the
// model; re-exported here so every user of the model sees them as before.
@_exported import BrokerSimUnits
