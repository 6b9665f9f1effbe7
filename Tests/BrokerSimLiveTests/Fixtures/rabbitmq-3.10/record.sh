#!/usr/bin/env bash
# Re-records these fixtures from a RabbitMQ 3.10 on 127.0.0.1 (started by .ci/run's
# recipe, user guest), with amqp-tools (Debian) for the consumers.
# Each state is a folder holding the body of every endpoint brokersim reads.
set -euo pipefail
cd "$(dirname "$0")"
API=http://127.0.0.1:15672/api
C=(curl -sf -u guest:guest)
put() { "${C[@]}" -X PUT -H 'content-type: application/json' "$API/$1" -d "$2" >/dev/null; }
del() { "${C[@]}" -X DELETE "$API/$1" >/dev/null || true; }
publish() { # queue count
  for i in $(seq 1 "$2"); do
    "${C[@]}" -X POST -H 'content-type: application/json' "$API/exchanges/%2F/amq.default/publish" \
      -d "{\"properties\":{},\"routing_key\":\"$1\",\"payload\":\"m$i\",\"payload_encoding\":\"string\"}" >/dev/null
  done
}
record() { # folder
  mkdir -p "$1"
  for e in overview queues consumers channels connections nodes; do
    "${C[@]}" "$API/$e" | python3 -m json.tool --indent 1 > "$1/$e.json"
  done
}
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rabbitmqctl -q set_vm_memory_high_watermark 0.4 >/dev/null; }
trap cleanup EXIT

for q in emails emails.dead orders events; do del "queues/%2F/$q"; done
put "queues/%2F/emails.dead" '{"durable":true}'
put "queues/%2F/emails" '{"durable":true,"arguments":{"x-max-length":1000,"x-dead-letter-exchange":"","x-dead-letter-routing-key":"emails.dead"}}'
put "queues/%2F/orders" '{"durable":true,"arguments":{"x-queue-type":"quorum","x-delivery-limit":3}}'
put "queues/%2F/events" '{"durable":true,"arguments":{"x-queue-type":"stream"}}'
publish emails 400
publish orders 20
# Two mailers that hold their prefetch (each runs one long job), one that works slowly.
amqp-consume -s 127.0.0.1 -q emails -p 5 sleep 3600 >/dev/null 2>&1 & pids+=($!)
amqp-consume -s 127.0.0.1 -q emails -p 5 sleep 3600 >/dev/null 2>&1 & pids+=($!)
amqp-consume -s 127.0.0.1 -q emails -p 2 sleep 0.2 >/dev/null 2>&1 & pids+=($!)
sleep 8
record busy-1
publish emails 50
sleep 10
record busy-2
# One holding mailer dies: its 5 unacked go back to the queue, its consumer is gone.
kill "${pids[0]}"
sleep 6
record consumer-gone
# The memory alarm: a publisher's connection blocks on its next publish.
rabbitmqctl -q set_vm_memory_high_watermark absolute 10MB
sleep 3
( echo hello | amqp-publish -s 127.0.0.1 -r emails ) >/dev/null 2>&1 & pids+=($!)
sleep 8
record memory-alarm
