#ifndef BS_CRABBITMQ_SHIM_H
#define BS_CRABBITMQ_SHIM_H

// rabbitmq-c 0.11 (Debian's librabbitmq-dev). Swift 6 refuses the library's C globals
// (amqp_empty_table, amqp_empty_bytes) and building its tagged unions from Swift is long and
// error-prone, so the few AMQP operations the driver needs are small C functions here, all
// with the prefix bs_amqp_. Each connection is used by one thread only (the library is not
// thread-safe). Errors come back as a one-line reason in `err`.

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <amqp.h>
#include <amqp_framing.h>
#include <amqp_tcp_socket.h>

static inline struct timeval bs_amqp_tv(int ms) {
    struct timeval tv;
    tv.tv_sec = ms / 1000;
    tv.tv_usec = (ms % 1000) * 1000;
    return tv;
}

/// Says why an RPC failed; answers a server's channel.close so the connection stays usable.
static inline int bs_amqp_check(amqp_connection_state_t c, int ch, amqp_rpc_reply_t r, const char *what,
                                char *err, size_t n) {
    switch (r.reply_type) {
    case AMQP_RESPONSE_NORMAL:
        return 0;
    case AMQP_RESPONSE_NONE:
        snprintf(err, n, "%s: no reply from the broker", what);
        return -1;
    case AMQP_RESPONSE_LIBRARY_EXCEPTION:
        snprintf(err, n, "%s: %s", what, amqp_error_string2(r.library_error));
        return -1;
    case AMQP_RESPONSE_SERVER_EXCEPTION:
        if (r.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
            amqp_connection_close_t *m = (amqp_connection_close_t *)r.reply.decoded;
            snprintf(err, n, "%s: %.*s", what, (int)m->reply_text.len, (const char *)m->reply_text.bytes);
        } else if (r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
            amqp_channel_close_t *m = (amqp_channel_close_t *)r.reply.decoded;
            snprintf(err, n, "%s: %.*s", what, (int)m->reply_text.len, (const char *)m->reply_text.bytes);
            amqp_channel_close_ok_t ok;
            ok.dummy = 0;
            amqp_send_method(c, (amqp_channel_t)ch, AMQP_CHANNEL_CLOSE_OK_METHOD, &ok);
        } else {
            snprintf(err, n, "%s: the broker refused (method 0x%08x)", what, r.reply.id);
        }
        return -1;
    }
    snprintf(err, n, "%s: unknown reply", what);
    return -1;
}

/// Opens a TCP connection, logs in (PLAIN) and opens channel 1. NULL on failure.
static inline amqp_connection_state_t bs_amqp_connect(const char *host, int port, const char *vhost,
                                                      const char *user, const char *password, int timeout_ms,
                                                      char *err, size_t n) {
    amqp_connection_state_t c = amqp_new_connection();
    if (c == NULL) { snprintf(err, n, "out of memory"); return NULL; }
    amqp_socket_t *s = amqp_tcp_socket_new(c);
    if (s == NULL) { snprintf(err, n, "cannot create a socket"); amqp_destroy_connection(c); return NULL; }
    struct timeval tv = bs_amqp_tv(timeout_ms);
    int st = amqp_socket_open_noblock(s, host, port, &tv);
    if (st != AMQP_STATUS_OK) {
        snprintf(err, n, "cannot connect to %s:%d: %s", host, port, amqp_error_string2(st));
        amqp_destroy_connection(c);
        return NULL;
    }
    amqp_rpc_reply_t r = amqp_login(c, vhost, 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, user, password);
    if (r.reply_type != AMQP_RESPONSE_NORMAL) {
        if (r.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION && r.library_error == AMQP_STATUS_CONNECTION_CLOSED) {
            snprintf(err, n, "login refused for user '%s' on vhost '%s' (wrong password, unknown user or no access)",
                     user, vhost);
        } else {
            bs_amqp_check(c, 0, r, "login refused", err, n);
        }
        amqp_destroy_connection(c);
        return NULL;
    }
    amqp_channel_open(c, 1);
    if (bs_amqp_check(c, 1, amqp_get_rpc_reply(c), "channel.open", err, n) != 0) {
        amqp_destroy_connection(c);
        return NULL;
    }
    return c;
}

/// Closes politely when it can, then frees the connection in every case.
static inline void bs_amqp_disconnect(amqp_connection_state_t c, int polite) {
    if (polite) {
        amqp_channel_close(c, 1, AMQP_REPLY_SUCCESS);
        amqp_connection_close(c, AMQP_REPLY_SUCCESS);
    }
    amqp_destroy_connection(c);
}

static inline int bs_amqp_open_channel(amqp_connection_state_t c, int ch, char *err, size_t n) {
    amqp_channel_open(c, (amqp_channel_t)ch);
    return bs_amqp_check(c, ch, amqp_get_rpc_reply(c), "channel.open", err, n);
}

static inline amqp_table_entry_t bs_amqp_text_entry(const char *key, const char *value) {
    amqp_table_entry_t e;
    e.key = amqp_cstring_bytes(key);
    e.value.kind = AMQP_FIELD_KIND_UTF8;
    e.value.value.bytes = amqp_cstring_bytes(value);
    return e;
}

static inline amqp_table_entry_t bs_amqp_int_entry(const char *key, int64_t value) {
    amqp_table_entry_t e;
    e.key = amqp_cstring_bytes(key);
    e.value.kind = AMQP_FIELD_KIND_I64;
    e.value.value.i64 = value;
    return e;
}

/// queue.declare with the arguments of docs/scenarios.md; a negative number or NULL leaves
/// an argument out.
static inline int bs_amqp_declare_queue(amqp_connection_state_t c, int ch, const char *name, int durable,
                                        const char *type, int64_t max_length, const char *overflow,
                                        int64_t ttl_ms, const char *dlx, const char *dl_key,
                                        int64_t delivery_limit, int single_active, char *err, size_t n) {
    amqp_table_entry_t e[8];
    int k = 0;
    if (type != NULL) e[k++] = bs_amqp_text_entry("x-queue-type", type);
    if (max_length >= 0) e[k++] = bs_amqp_int_entry("x-max-length", max_length);
    if (overflow != NULL) e[k++] = bs_amqp_text_entry("x-overflow", overflow);
    if (ttl_ms >= 0) e[k++] = bs_amqp_int_entry("x-message-ttl", ttl_ms);
    if (dlx != NULL) e[k++] = bs_amqp_text_entry("x-dead-letter-exchange", dlx);
    if (dl_key != NULL) e[k++] = bs_amqp_text_entry("x-dead-letter-routing-key", dl_key);
    if (delivery_limit >= 0) e[k++] = bs_amqp_int_entry("x-delivery-limit", delivery_limit);
    if (single_active) {
        e[k].key = amqp_cstring_bytes("x-single-active-consumer");
        e[k].value.kind = AMQP_FIELD_KIND_BOOLEAN;
        e[k].value.value.boolean = 1;
        k++;
    }
    amqp_table_t args;
    args.num_entries = k;
    args.entries = e;
    amqp_queue_declare(c, (amqp_channel_t)ch, amqp_cstring_bytes(name), 0, durable, 0, 0, args);
    return bs_amqp_check(c, ch, amqp_get_rpc_reply(c), "queue.declare", err, n);
}

/// Passive queue.declare: the queue's ready messages, or -1 (and `err`) when it cannot be read.
static inline int64_t bs_amqp_queue_ready(amqp_connection_state_t c, int ch, const char *name, int *consumers,
                                          char *err, size_t n) {
    amqp_queue_declare_ok_t *ok = amqp_queue_declare(c, (amqp_channel_t)ch, amqp_cstring_bytes(name), 1, 0, 0, 0,
                                                     amqp_empty_table);
    if (bs_amqp_check(c, ch, amqp_get_rpc_reply(c), "queue.declare (passive)", err, n) != 0 || ok == NULL) return -1;
    if (consumers != NULL) *consumers = (int)ok->consumer_count;
    return (int64_t)ok->message_count;
}

static inline int bs_amqp_delete_queue(amqp_connection_state_t c, int ch, const char *name, char *err, size_t n) {
    amqp_queue_delete(c, (amqp_channel_t)ch, amqp_cstring_bytes(name), 0, 0);
    return bs_amqp_check(c, ch, amqp_get_rpc_reply(c), "queue.delete", err, n);
}

static inline int bs_amqp_declare_exchange(amqp_connection_state_t c, int ch, const char *name, const char *type,
                                           int durable, char *err, size_t n) {
    amqp_exchange_declare(c, (amqp_channel_t)ch, amqp_cstring_bytes(name), amqp_cstring_bytes(type), 0, durable, 0,
                          0, amqp_empty_table);
    return bs_amqp_check(c, ch, amqp_get_rpc_reply(c), "exchange.declare", err, n);
}

static inline int bs_amqp_delete_exchange(amqp_connection_state_t c, int ch, const char *name, char *err, size_t n) {
    amqp_exchange_delete(c, (amqp_channel_t)ch, amqp_cstring_bytes(name), 0);
    return bs_amqp_check(c, ch, amqp_get_rpc_reply(c), "exchange.delete", err, n);
}

static inline int bs_amqp_bind(amqp_connection_state_t c, int ch, const char *queue, const char *exchange,
                               const char *key, char *err, size_t n) {
    amqp_queue_bind(c, (amqp_channel_t)ch, amqp_cstring_bytes(queue), amqp_cstring_bytes(exchange),
                    amqp_cstring_bytes(key), amqp_empty_table);
    return bs_amqp_check(c, ch, amqp_get_rpc_reply(c), "queue.bind", err, n);
}

/// basic.qos (prefetch 0 = unlimited) and basic.consume on channel 1.
static inline int bs_amqp_consume(amqp_connection_state_t c, const char *queue, int prefetch, int no_ack,
                                  char *err, size_t n) {
    amqp_basic_qos(c, 1, 0, (uint16_t)prefetch, 0);
    if (bs_amqp_check(c, 1, amqp_get_rpc_reply(c), "basic.qos", err, n) != 0) return -1;
    amqp_basic_consume(c, 1, amqp_cstring_bytes(queue), amqp_empty_bytes, 0, no_ack, 0, amqp_empty_table);
    return bs_amqp_check(c, 1, amqp_get_rpc_reply(c), "basic.consume", err, n);
}

/// Waits up to timeout_ms for a delivery: 1 with the delivery copied out (body truncated to
/// `cap`), 0 when none came, -1 when the channel or connection is gone.
static inline int bs_amqp_next_delivery(amqp_connection_state_t c, int timeout_ms, uint64_t *tag, int *redelivered,
                                        unsigned char *body, size_t cap, size_t *len) {
    amqp_envelope_t env;
    struct timeval tv = bs_amqp_tv(timeout_ms);
    amqp_maybe_release_buffers(c);
    amqp_rpc_reply_t r = amqp_consume_message(c, &env, &tv, 0);
    if (r.reply_type == AMQP_RESPONSE_NORMAL) {
        *tag = env.delivery_tag;
        *redelivered = env.redelivered ? 1 : 0;
        size_t k = env.message.body.len < cap ? env.message.body.len : cap;
        memcpy(body, env.message.body.bytes, k);
        *len = k;
        amqp_destroy_envelope(&env);
        return 1;
    }
    if (r.reply_type != AMQP_RESPONSE_LIBRARY_EXCEPTION) return -1;
    if (r.library_error == AMQP_STATUS_TIMEOUT) return 0;
    if (r.library_error != AMQP_STATUS_UNEXPECTED_STATE) return -1;
    // Something other than a delivery: only a close of the channel or connection matters.
    amqp_frame_t f;
    if (amqp_simple_wait_frame(c, &f) != AMQP_STATUS_OK) return -1;
    if (f.frame_type == AMQP_FRAME_METHOD &&
        (f.payload.method.id == AMQP_CHANNEL_CLOSE_METHOD || f.payload.method.id == AMQP_CONNECTION_CLOSE_METHOD ||
         f.payload.method.id == AMQP_BASIC_CANCEL_METHOD)) return -1;
    return 0;
}

static inline int bs_amqp_ack(amqp_connection_state_t c, uint64_t tag) {
    return amqp_basic_ack(c, 1, tag, 0);
}

/// basic.reject: requeue 1 puts the message back, 0 dead-letters (or drops) it.
static inline int bs_amqp_reject(amqp_connection_state_t c, uint64_t tag, int requeue) {
    return amqp_basic_reject(c, 1, tag, requeue);
}

static inline int bs_amqp_confirm_select(amqp_connection_state_t c, char *err, size_t n) {
    amqp_confirm_select(c, 1);
    return bs_amqp_check(c, 1, amqp_get_rpc_reply(c), "confirm.select", err, n);
}

/// basic.publish on channel 1; delivery mode 2 when persistent. 0 or a negative status.
static inline int bs_amqp_publish(amqp_connection_state_t c, const char *exchange, const char *key,
                                  const unsigned char *body, size_t len, int persistent) {
    amqp_basic_properties_t p;
    p._flags = AMQP_BASIC_DELIVERY_MODE_FLAG;
    p.delivery_mode = persistent ? 2 : 1;
    amqp_bytes_t b;
    b.len = len;
    b.bytes = (void *)body;
    return amqp_basic_publish(c, 1, amqp_cstring_bytes(exchange), amqp_cstring_bytes(key), 0, 0, &p, b);
}

/// Reads one publisher confirm if one arrives within timeout_ms: 1 ack, 2 nack (with the
/// delivery tag and whether it covers every earlier tag), 0 none, -1 the channel is gone.
static inline int bs_amqp_poll_confirm(amqp_connection_state_t c, int timeout_ms, uint64_t *tag, int *multiple) {
    amqp_maybe_release_buffers(c);
    amqp_frame_t f;
    struct timeval tv = bs_amqp_tv(timeout_ms);
    int st = amqp_simple_wait_frame_noblock(c, &f, &tv);
    if (st == AMQP_STATUS_TIMEOUT) return 0;
    if (st != AMQP_STATUS_OK) return -1;
    if (f.frame_type != AMQP_FRAME_METHOD) return 0;
    switch (f.payload.method.id) {
    case AMQP_BASIC_ACK_METHOD: {
        amqp_basic_ack_t *a = (amqp_basic_ack_t *)f.payload.method.decoded;
        *tag = a->delivery_tag;
        *multiple = a->multiple ? 1 : 0;
        return 1;
    }
    case AMQP_BASIC_NACK_METHOD: {
        amqp_basic_nack_t *a = (amqp_basic_nack_t *)f.payload.method.decoded;
        *tag = a->delivery_tag;
        *multiple = a->multiple ? 1 : 0;
        return 2;
    }
    case AMQP_CHANNEL_CLOSE_METHOD:
    case AMQP_CONNECTION_CLOSE_METHOD:
        return -1;
    default:
        return 0;
    }
}

#endif
