package vn.bentre.papi.notification;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;

/**
 * What other features use to notify a unit by mail. The mail is written into the outbox in the
 * caller's transaction and sent later, so call it from inside the transaction that records what
 * happened: if that rolls back, no mail goes out.
 */
@Service
public class Notifications {

    /** Process variable naming the unit a process instance works for; every plan process sets it. */
    public static final String UNIT_ID_VARIABLE = "unitId";

    private final Organisation organisation;
    private final RecipientDirectory directory;
    private final MailText text;
    private final Outbox outbox;

    Notifications(Organisation organisation, RecipientDirectory directory, MailText text, Outbox outbox) {
        this.organisation = organisation;
        this.directory = directory;
        this.text = text;
        this.outbox = outbox;
    }

    /**
     * @return true if written, false if a notification with this key was already written
     * @throws vn.bentre.papi.organisation.UnknownUnitException if the unit does not exist
     */
    public boolean notifyUnit(UnitNotification notification) {
        Unit unit = organisation.requireUnit(notification.unitId());
        String group = notification.audience() == Audience.LEADERS ? unit.leadersGroupId() : unit.officialsGroupId();
        List<String> recipients = directory.emails(List.of(group), List.of());
        return outbox.enqueue(new OutboxMessage(notification.key(), NotificationKind.NOTIFY, null,
            notification.processInstanceId(), unit.id(), recipients,
            text.subject(notification.subject()), text.body(notification.body())));
    }
}
