// The part of autocannon's API the load bench uses (the package ships no types).
declare module 'autocannon' {
  type Stat = { average: number; p50: number; p99: number; max: number }
  type Request = { method?: string; path?: string; headers?: Record<string, string> }
  type Options = {
    url: string
    connections?: number
    duration?: number
    headers?: Record<string, string>
    requests?: Request[]
    workers?: number
  }
  type Result = {
    requests: Stat & { total: number }
    latency: Stat
    throughput: Stat
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
