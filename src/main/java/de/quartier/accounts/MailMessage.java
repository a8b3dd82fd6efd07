package de.quartier.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An outgoing mail, kept in the outbox. Tenant given explicitly: operator mails have none. */
@Entity
class MailMessage {

    enum Status {
        /** No SMTP server configured: the mail waits in the outbox, readable in the UI. */
        OUTBOX,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable Long tenantId;
    private Instant createdAt = Instant.now();
    private String recipient;
    private String subject;
    private String body;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OUTBOX;

    private @Nullable Instant sentAt;
    private @Nullable String error;

    protected MailMessage() {}

    MailMessage(@Nullable Long tenantId, String recipient, String subject, String body) {
        this.tenantId = tenantId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
    }

    Long id() {
        return id;
    }

    @Nullable
    Long tenantId() {
        return tenantId;
    }

    Instant createdAt() {
        return createdAt;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    Status status() {
        return status;
    }

    @Nullable
    Instant sentAt() {
        return sentAt;
    }

    @Nullable
    String error() {
        return error;
    }

    void sent() {
        this.status = Status.SENT;
        this.sentAt = Instant.now();
        this.error = null;
    }

    void failed(String error) {
        this.status = Status.FAILED;
        this.error = error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
