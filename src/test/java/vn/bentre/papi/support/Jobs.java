package vn.bentre.papi.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** The job executor is off in tests: tests run due jobs themselves, as the executor would. */
public final class Jobs {

    private Jobs() {
    }

    /** Runs due jobs until none is left (jobs may create jobs); returns how many ran. */
    public static int runAll(ManagementService management) {
        int ran = 0;
        for (int round = 0; round < 1000; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("Jobs keep creating jobs: more than 1000 rounds");
    }
}
