import BrokerSimSnapshot

/// The model judges its groups by the source-neutral rule (`GroupHealthRule`), so its status is
/// the snapshot module's.
public typealias GroupStatus = BrokerSimSnapshot.GroupStatus
