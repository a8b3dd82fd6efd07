package de.quartier.accounts;

import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import jakarta.mail.MessagingException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends mail. Every mail is stored; with SMTP settings ({@code spring.mail.host}) it is also sent, without them
 * it waits in the outbox, which operators and admins can read in the UI, so invitations work in the demo.
 */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);

    private final MailMessageRepository messages;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailService(
            MailMessageRepository messages,
            ObjectProvider<JavaMailSender> sender,
            @Value("${quartier.mail.from:quartier@localhost}") String from) {
        this.messages = messages;
        this.sender = sender;
        this.from = from;
    }

    /** A file sent along with a mail (e.g. an iCalendar invitation). */
    public record Attachment(String filename, String contentType, byte[] content) {}

    /**
     * Stores the mail in the current tenant's outbox and sends it with its attachments if SMTP is configured. The
     * outbox keeps the text only; it names each attachment at the end of the stored body.
     */
    @Transactional
    public void send(String recipient, String subject, String body, List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            send(recipient, subject, body);
            return;
        }
        StringBuilder stored = new StringBuilder(body).append("\n");
        for (Attachment a : attachments) {
            stored.append("\n[")
                    .append(a.filename())
                    .append(", ")
                    .append(a.contentType())
                    .append(", ")
                    .append(a.content().length)
                    .append(" B]");
        }
        MailMessage message = messages.save(new MailMessage(
                TenantContext.current().map(TenantInfo::id).orElse(null), recipient, subject, stored.toString()));
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return;
        }
        try {
            var mime = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(recipient);
            helper.setSubject(subject);
            helper.setText(body);
            for (Attachment a : attachments) {
                helper.addAttachment(
                        a.filename(), new org.springframework.core.io.ByteArrayResource(a.content()), a.contentType());
            }
            smtp.send(mime);
            message.sent();
        } catch (MailException | MessagingException e) {
            log.warn("Mail to {} could not be sent: {}", recipient, e.getMessage());
            message.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Stores the mail in the current tenant's outbox and sends it if SMTP is configured. */
    @Transactional
    public void send(String recipient, String subject, String body) {
        MailMessage message = messages.save(
                new MailMessage(TenantContext.current().map(TenantInfo::id).orElse(null), recipient, subject, body));
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(recipient);
        mail.setSubject(subject);
        mail.setText(body);
        try {
            smtp.send(mail);
            message.sent();
        } catch (MailException e) {
            log.warn("Mail to {} could not be sent: {}", recipient, e.getMessage());
            message.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
