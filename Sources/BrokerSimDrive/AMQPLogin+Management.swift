import BrokerSimRabbitMQ

extension AMQPLogin {
    /// The management API a drive reads beside AMQP: `url` when given (any URL `watch` takes),
    /// else HTTP on port 15672 of the AMQP host; the same user and password either way. `caFile`
    /// trusts a broker's own certificate authority over HTTPS, as `watch --ca-file` does.
    public func managementClient(url: String?, caFile: String? = nil) -> Result<ManagementClient, EndpointError> {
        let h = host.contains(":") ? "[\(host)]" : host
        let text = url ?? "rabbitmq://\(h):15672/"
        switch ManagementEndpoint.parse(text) {
        case .failure(let e): return .failure(e)
        case .success(var endpoint):
            endpoint.user = user
            let credentials = Credentials(user: user, password: password)
            return .success(ManagementClient(endpoint: endpoint,
                                             fetcher: managementFetcher(endpoint: endpoint, credentials: credentials, caFile: caFile)))
        }
    }
}
