package vn.bentre.papi.support;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/** The job executor is off in tests: tests run due jobs themselves, as the executor would. */
public final class Jobs {

    private static final int MAX_ROUNDS = 1000;

    private Jobs() {
    }

    /** Runs due jobs until none is left (jobs may create jobs); returns how many ran. */
    public static int runAll(ManagementService management) {
        return runUntilNoneDue(management, management::createJobQuery);
    }

    /** The same for one process instance only: not other processes' jobs (the reminder sweep, for one). */
    public static int runAll(ManagementService management, String processInstanceId) {
        return runUntilNoneDue(management, () -> management.createJobQuery().processInstanceId(processInstanceId));
    }

    private static int runUntilNoneDue(ManagementService management, Supplier<JobQuery> jobs) {
        int ran = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = jobs.get().executable().list();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("Jobs keep creating jobs: more than " + MAX_ROUNDS + " rounds");
    }
}
