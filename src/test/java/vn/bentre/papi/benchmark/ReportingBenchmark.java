package vn.bentre.papi.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.bentre.papi.PapiApplication;
import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;

/**
 * {@code scripts/benchmark.sh} (README "Benchmark"). For the real organisation and one ten times
 * larger, each on a fresh PostgreSQL database with the job executor on, every model opens one
 * reporting round for all units and its reports are then submitted from {@code papi.benchmark.threads}
 * threads. Prints a table and writes it to {@code target/benchmark/reporting.md}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "papi.benchmark", matches = "true")
class ReportingBenchmark {

    static final int THREADS = Integer.getInteger("papi.benchmark.threads", 16);
    static final String SERVER = System.getProperty("papi.benchmark.server", "jdbc:postgresql://localhost:5432/");
    static final String USER = System.getProperty("papi.benchmark.user", "papi");
    static final String PASSWORD = System.getProperty("papi.benchmark.password", "papi");
    static final long FAN_OUT_TIMEOUT_MILLIS = 20 * 60 * 1000;

    /** {@code -Dpapi.benchmark.models=naive} measures one model only (the goals then cannot be compared). */
    private final List<Supplier<ReportingModel>> models = Arrays.stream(
            System.getProperty("papi.benchmark.models", "project,naive").split(","))
        .map(String::trim).<Supplier<ReportingModel>>map(name -> switch (name) {
            case "project" -> CycleModel::new;
            case "naive" -> NaiveModel::new;
            default -> throw new IllegalArgumentException("Unknown model " + name + " (project, naive)");
        }).toList();

    @Test
    void measureAndPrint() throws Exception {
        List<Measurement> results = new ArrayList<>();
        for (int factor : new int[] {1, 10}) {
            for (Supplier<ReportingModel> model : models) {
                results.add(measure(model.get(), factor));
            }
        }
        String table = Measurement.header() + "\n" + String.join("\n", results.stream().map(Measurement::row).toList());
        String summary = models.size() == 2 ? summary(results) : "";
        System.out.println("\nReporting benchmark, " + THREADS + " threads, PostgreSQL\n" + table + "\n" + summary);
        Path out = Path.of("target", "benchmark", "reporting.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n\n" + summary + "\n", StandardCharsets.UTF_8);
    }

    /** Each model on its own fresh database, so one's leftovers cannot slow the other. */
    private Measurement measure(ReportingModel model, int factor) throws Exception {
        String database = "papi_bench_" + model.getClass().getSimpleName().toLowerCase() + "_" + factor;
        recreate(database);
        List<String> data = SyntheticOrganisation.write(Path.of("target", "benchmark", "organisation-x" + factor), factor);
        try (ConfigurableApplicationContext context = start(database, data)) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            List<String> units = reportingUnits(context.getBean(Organisation.class));
            // Inside the period's reporting window, so no deadline timer fires during the run.
            ClockUtil.setCurrentTime(Date.from(LocalDate.of(2016, 3, 15).atTime(9, 0).atZone(DueDates.VIETNAM).toInstant()));
            long began = System.nanoTime();
            model.open(engine, units);
            FanOut fanOut = awaitFanOut(engine, model, began);
            Submissions.Result submitted = Submissions.run(engine, model, fanOut.tasks(), THREADS);
            return new Measurement(model.name(), factor == 1 ? "Bến Tre" : "×" + factor + " synthetic", units.size(),
                fanOut.seconds(), fanOut.tasks().size(), submitted.millis(), submitted.failed());
        } finally {
            ClockUtil.reset();
        }
    }

    /** Every unit that reports: departments, districts and communes. */
    static List<String> reportingUnits(Organisation organisation) {
        return organisation.units().stream()
            .filter(u -> u.level() == UnitLevel.DEPARTMENT || u.level() == UnitLevel.DISTRICT || u.level() == UnitLevel.COMMUNE)
            .map(Unit::id).toList();
    }

    record FanOut(List<Task> tasks, double seconds) {
    }

    /**
     * Waits until the fan-out is over (no asynchronous job left and the task count stable) and
     * times it up to the moment the last task appeared, polling every 20 ms.
     */
    private static FanOut awaitFanOut(ProcessEngine engine, ReportingModel model, long began) throws InterruptedException {
        long deadline = System.currentTimeMillis() + FAN_OUT_TIMEOUT_MILLIS;
        List<Task> tasks = model.reportTasks(engine);
        long lastGrowth = System.nanoTime();
        int stablePolls = 0;
        while (stablePolls < 10 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            List<Task> now = model.reportTasks(engine);
            if (now.size() > tasks.size()) {
                lastGrowth = System.nanoTime();
            }
            boolean jobsLeft = engine.getManagementService().createJobQuery().executable().messages().count() > 0;
            stablePolls = now.size() == tasks.size() && !jobsLeft && !now.isEmpty() ? stablePolls + 1 : 0;
            tasks = now;
        }
        return new FanOut(tasks, (lastGrowth - began) / 1e9);
    }

    private static ConfigurableApplicationContext start(String database, List<String> organisationData) {
        return new SpringApplicationBuilder(PapiApplication.class).profiles("postgres").run(
            "--spring.datasource.url=" + SERVER + database, "--spring.datasource.username=" + USER,
            "--spring.datasource.password=" + PASSWORD, "--spring.datasource.hikari.maximum-pool-size=" + (THREADS + 10),
            "--papi.organisation.admin-password=benchmark", "--papi.organisation.demo-users.enabled=false",
            "--papi.organisation.data.departments=" + organisationData.get(0),
            "--papi.organisation.data.admin-units=" + organisationData.get(1),
            "--papi.reporting.auto-open=false", "--papi.notification.dispatcher.enabled=false",
            "--camunda.bpm.job-execution.enabled=true", "--server.port=0", "--spring.main.banner-mode=off",
            "--logging.level.root=WARN", "--logging.level.org.camunda.bpm.engine.jobexecutor=ERROR",
            "--logging.level.org.camunda.bpm.engine.context=OFF", "--logging.level.org.camunda.bpm.engine.cmd=OFF");
    }

    private static void recreate(String database) throws Exception {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        }
    }

    private static String summary(List<Measurement> results) {
        Measurement cycle1 = find(results, "Bến Tre", true);
        Measurement cycle10 = find(results, "synthetic", true);
        Measurement naive1 = find(results, "Bến Tre", false);
        Measurement naive10 = find(results, "synthetic", false);
        return String.format("""
            Goals (issue 4):
            - failed submissions at %d threads: project model %d (real) and %d (×10); naive model %d and %d
            - submission cost ratio ×10 / real (median): project model %.2f (goal ≤ 1.2); naive model %.2f
            - fan-out speed, project model vs naive (tasks/s): %.1f× (real), %.1f× (×10) (goal ≥ 10×)""",
            THREADS, cycle1.failedSubmissions(), cycle10.failedSubmissions(), naive1.failedSubmissions(),
            naive10.failedSubmissions(), cycle10.medianMillis() / cycle1.medianMillis(),
            naive10.medianMillis() / naive1.medianMillis(), cycle1.tasksPerSecond() / naive1.tasksPerSecond(),
            cycle10.tasksPerSecond() / naive10.tasksPerSecond());
    }

    private static Measurement find(List<Measurement> results, String organisation, boolean projectModel) {
        return results.stream().filter(m -> m.organisation().contains(organisation)
            && m.model().startsWith("naive") != projectModel).findFirst().orElseThrow();
    }
}
