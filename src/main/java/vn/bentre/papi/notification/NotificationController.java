package vn.bentre.papi.notification;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/notifications?limit=50&offset=0}: the outbox, newest first, for supervisors.
 * Where no mail server is configured this is where reminders can be read.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    static final int MAX_LIMIT = 500;

    private final NotificationLog log;
    private final SupervisorAccess access;

    NotificationController(NotificationLog log, SupervisorAccess access) {
        this.log = log;
        this.access = access;
    }

    @GetMapping
    List<NotificationView> notifications(@RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        if (!access.currentUserIsSupervisor()) {
            throw new NotSupervisorException();
        }
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new InvalidPageException();
        }
        return log.latest(limit, offset);
    }

    @ExceptionHandler
    ProblemDetail notSupervisor(NotSupervisorException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidPage(InvalidPageException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    static class NotSupervisorException extends RuntimeException {
        NotSupervisorException() {
            super("Chỉ cán bộ Sở Nội vụ, UBND tỉnh và quản trị viên được xem nhật ký nhắc việc (forbidden)");
        }
    }

    static class InvalidPageException extends RuntimeException {
        InvalidPageException() {
            super("Tham số không hợp lệ: limit từ 1 đến " + MAX_LIMIT + ", offset không âm (invalid limit or offset)");
        }
    }
}
