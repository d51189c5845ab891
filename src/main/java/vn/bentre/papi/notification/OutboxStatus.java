package vn.bentre.papi.notification;

/** Life of an outbox row; stored by name in {@code ntf_outbox.status}. */
enum OutboxStatus {
    /** Waiting to be sent (again) at {@code next_attempt_at}. */
    PENDING,
    /** Claimed by one dispatcher, being sent. */
    SENDING,
    SENT,
    /** The mail server refused it for good (bad address, unreadable message): retrying cannot help. */
    FAILED,
    /** Nobody to send to (no recipient has an e-mail address); kept so supervisors see it. */
    SKIPPED
}
