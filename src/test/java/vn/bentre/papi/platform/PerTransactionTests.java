package vn.bentre.papi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class PerTransactionTests {

    static final Object KEY = new Object();

    @Autowired PlatformTransactionManager transactions;
    final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return PerTransaction.get(KEY, () -> "read " + reads.incrementAndGet());
    }

    @Test
    void shouldReadOncePerTransactionAndAfreshInTheNext() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        String first = transaction.execute(status -> read() + ", " + read());
        String second = transaction.execute(status -> read());

        assertThat(first).isEqualTo("read 1, read 1");
        assertThat(second).isEqualTo("read 2");
    }

    @Test
    void shouldReadAgainAfterAWriteForgotTheValue() {
        String afterWrite = new TransactionTemplate(transactions).execute(status -> {
            read();
            PerTransaction.forget(KEY);
            return read();
        });

        assertThat(afterWrite).isEqualTo("read 2");
    }

    @Test
    void shouldReadEveryTimeOutsideATransaction() {
        assertThat(read() + ", " + read()).isEqualTo("read 1, read 2");
    }
}
