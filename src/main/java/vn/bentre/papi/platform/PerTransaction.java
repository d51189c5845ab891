package vn.bentre.papi.platform;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value read at most once per transaction, such as the measure catalogue while one background
 * job opens the reports of a whole district: every report reads the same rows, and a transaction
 * that begins later reads them afresh, so nothing is ever stale across transactions (or across
 * servers). Outside a transaction the value is simply read.
 */
public final class PerTransaction {

    private PerTransaction() {
    }

    /** @param key identifies the value; an object of the caller's own, so no two callers share a key */
    public static <T> T get(Object key, Supplier<T> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read.get();
        }
        @SuppressWarnings("unchecked")
        T value = (T) TransactionSynchronizationManager.getResource(key);
        if (value == null) {
            value = read.get();
            TransactionSynchronizationManager.bindResource(key, value);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return value;
    }

    /** After a write: the next {@link #get} in this transaction reads again. */
    public static void forget(Object key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
    }
}
