package vn.bentre.papi.notification;

import java.util.Objects;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Unit;

/** The Vietnamese text of task reminders and escalations. */
@Component
class ReminderMessages {

    private final MailText text;
    private final ReminderPolicy policy;

    ReminderMessages(MailText text, ReminderPolicy policy) {
        this.text = text;
        this.policy = policy;
    }

    OutboxMessage of(Task task, String processName, TaskRecipients to, Reminder reminder) {
        String taskName = Objects.requireNonNullElse(task.getName(), "(công việc không tên)");
        String unitName = to.unit() == null ? "(chưa xác định đơn vị)" : to.unit().name();
        String body = "Kính gửi: " + addressee(to, reminder) + ".\n\n"
            + lead(reminder, unitName) + "\n\n"
            + "- Công việc: " + taskName + "\n"
            + "- Đơn vị thực hiện: " + unitName + "\n"
            + "- Hạn xử lý: " + text.date(task.getDueDate().toInstant()) + "\n"
            + (processName == null ? "" : "- Quy trình: " + processName + "\n")
            + "\nMở công việc trong Camunda Tasklist: " + text.tasklistLink(task.getId());
        return new OutboxMessage(reminder.key(task.getId()), reminder.kind(), task.getId(), task.getProcessInstanceId(),
            to.unit() == null ? null : to.unit().id(), to.of(reminder),
            text.subject(subject(reminder, taskName, unitName)), text.body(body));
    }

    private static String subject(Reminder reminder, String taskName, String unitName) {
        return switch (reminder.kind()) {
            case BEFORE -> "Sắp đến hạn (còn " + reminder.workingDays() + " ngày làm việc): " + taskName;
            case DUE -> "Đến hạn hôm nay: " + taskName;
            case OVERDUE -> "Quá hạn " + reminder.workingDays() + " ngày làm việc (nhắc lần " + reminder.number() + "): " + taskName;
            case ESCALATION -> "Báo cáo lãnh đạo: " + taskName + " của " + unitName + " quá hạn "
                + reminder.workingDays() + " ngày làm việc";
            case NOTIFY -> throw new IllegalArgumentException("not a task reminder");
        };
    }

    private String lead(Reminder reminder, String unitName) {
        return switch (reminder.kind()) {
            case BEFORE -> "Công việc dưới đây còn " + reminder.workingDays()
                + " ngày làm việc nữa là đến hạn xử lý. Đề nghị đồng chí sắp xếp hoàn thành đúng hạn.";
            case DUE -> "Hôm nay là hạn xử lý công việc dưới đây. Đề nghị đồng chí hoàn thành trong ngày.";
            case OVERDUE -> "Công việc dưới đây đã quá hạn " + reminder.workingDays() + " ngày làm việc (nhắc lần "
                + reminder.number() + "). Đề nghị đồng chí khẩn trương hoàn thành."
                + (policy.escalated(reminder) ? " Việc chậm trễ đã được báo cáo lãnh đạo đơn vị và cơ quan theo dõi." : "");
            case ESCALATION -> "Công việc dưới đây của " + unitName + " đã quá hạn " + reminder.workingDays()
                + " ngày làm việc; cán bộ phụ trách đã được nhắc " + reminder.number()
                + " lần nhưng chưa hoàn thành. Đề nghị lãnh đạo chỉ đạo xử lý dứt điểm.";
            case NOTIFY -> throw new IllegalArgumentException("not a task reminder");
        };
    }

    private static String addressee(TaskRecipients to, Reminder reminder) {
        if (!reminder.toLeaders()) {
            return to.unit() == null ? "Cán bộ phụ trách" : "Cán bộ " + to.unit().name();
        }
        String unit = to.unit() == null ? "Lãnh đạo đơn vị" : "Lãnh đạo " + to.unit().name();
        Unit reviewer = to.reviewer();
        return reviewer == null ? unit : unit + "; Lãnh đạo " + reviewer.name();
    }
}
