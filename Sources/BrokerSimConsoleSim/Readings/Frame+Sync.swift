import BrokerSimConsole
import BrokerSimCore

extension Frame {
    /// The synchronous side of a world: services with their instances, and the
    /// producers that call them, in declaration order.
    static func syncReadings(_ w: World, _ h: History) -> (services: [ServiceReading], callers: [CallerReading]) {
        let cfg = w.config
        var services: [ServiceReading] = []
        for s in cfg.services.indices {
            let st = w.sync.services[s], rates = h.serviceRates(w, s)
            let instances = st.instances.map { Int($0) }.filter { !w.sync.instances[$0].retired }.map { id in
                let i = w.sync.instances[id]
                return ServiceReading.Instance(
                    name: w.serviceInstanceName(id), index: Int(i.number) - 1,
                    status: WorkerReading.Status(rawValue: w.serviceInstanceStatus(id).rawValue) ?? .idle,
                    inService: i.inService, queued: i.queued, answered: i.answered)
            }
            services.append(ServiceReading(
                name: cfg.services[s].name, concurrency: cfg.services[s].concurrency, instances: instances,
                ok: st.ok, failed: st.failed, timedOut: st.timedOut, okRate: rates.ok,
                failedRate: rates.failed, timedOutRate: rates.timedOut,
                late: st.late))
        }
        var callers: [CallerReading] = []
        for p in cfg.producers.indices {
            guard case .service(let s) = cfg.producers[p].target else { continue }
            let c = w.sync.callers[p]
            callers.append(CallerReading(
                name: cfg.producers[p].name, service: cfg.services[s].name, rate: w.producers[p].rate,
                waiting: c.waiting, ok: c.ok, failed: c.failed, timedOut: c.timedOut, waitP99: c.recentWaits.percentileSeconds(99, since: w.now - Self.recentWaitWindow),
                recentTimeouts: recentIncrease(h.series(h.callerTimedOut, p)),
                recentFailures: recentIncrease(h.series(h.callerFailed, p))))
            callers[callers.count - 1].customers = cfg.producers[p].customers
        }
        return (services, callers)
    }

    /// The caller's wait p99 covers the calls that ended this recently: it falls again once a
    /// storm has passed, where the report's run-long p99 does not.
    static let recentWaitWindow = SimDuration.secs(10)

    /// How much a counter grew over the last sample interval.
    static func recentIncrease(_ series: [Int64]) -> Int64 {
        series.count >= 2 ? series[series.count - 1] - series[series.count - 2] : series.last ?? 0
    }
}
