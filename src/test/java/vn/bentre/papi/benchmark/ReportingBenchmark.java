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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * threads. Each model first runs once on the real organisation unmeasured, so no model is measured
 * on a JVM that has not compiled the engine's code yet. Prints a table and the goals of issue 4, and
 * writes them to {@code target/benchmark/reporting.md}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "papi.benchmark", matches = "true")
class ReportingBenchmark {

    static final int THREADS = Integer.getInteger("papi.benchmark.threads", 16);
    static final String SERVER = System.getProperty("papi.benchmark.server", "jdbc:postgresql://localhost:5432/");
    static final String USER = System.getProperty("papi.benchmark.user", "papi");
    static final String PASSWORD = System.getProperty("papi.benchmark.password", "papi");
    static final long FAN_OUT_TIMEOUT_MILLIS = 20 * 60 * 1000;
    static final boolean WARM_UP = Boolean.parseBoolean(System.getProperty("papi.benchmark.warm-up", "true"));
    /** {@code -Dpapi.benchmark.factors=1} measures the real organisation only. */
    static final int[] FACTORS = Arrays.stream(System.getProperty("papi.benchmark.factors", "1,10").split(","))
        .mapToInt(f -> Integer.parseInt(f.trim())).toArray();

    static final String PROJECT = "project";
    static final String NAIVE = "naive";
    static final String NAIVE_ONE_JOB = "naive-one-job";
    static final String FLOOR = "floor";

    /** {@code -Dpapi.benchmark.models=project,naive} measures some models only (the summary then leaves out what is missing). */
    private final List<String> models = Arrays.stream(
            System.getProperty("papi.benchmark.models", String.join(",", PROJECT, NAIVE, NAIVE_ONE_JOB, FLOOR)).split(","))
        .map(String::trim).toList();

    static ReportingModel model(String name) {
        return switch (name) {
            case PROJECT -> new CycleModel();
            case NAIVE -> new NaiveModel(NaiveModel.Variant.JOB_PER_UNIT);
            case NAIVE_ONE_JOB -> new NaiveModel(NaiveModel.Variant.ONE_JOB);
            case FLOOR -> new FloorModel();
            default -> throw new IllegalArgumentException("Unknown model " + name + " (project, naive, naive-one-job, floor)");
        };
    }

    @Test
    void measureAndPrint() throws Exception {
        if (WARM_UP) {
            for (String model : models) {
                progress("warming up: " + model(model).name());
                measure(model, 1);
            }
        }
        Map<String, Measurement> results = new LinkedHashMap<>();
        for (int factor : FACTORS) {
            for (String model : models) {
                progress("measuring: " + model(model).name() + ", organisation ×" + factor);
                results.put(model + "@" + factor, measure(model, factor));
            }
        }
        String table = Measurement.header() + "\n" + String.join("\n", results.values().stream().map(Measurement::row).toList());
        String summary = new Goals(results, THREADS).text();
        System.out.println("\nReporting benchmark, " + THREADS + " threads, PostgreSQL\n" + table + "\n\n" + summary);
        Path out = Path.of("target", "benchmark", "reporting.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n\n" + summary + "\n", StandardCharsets.UTF_8);
    }

    private static void progress(String step) {
        System.out.println("[benchmark " + java.time.LocalTime.now().withNano(0) + "] " + step);
    }

    /** Each model on its own fresh database, so one's leftovers cannot slow the other. */
    private Measurement measure(String modelName, int factor) throws Exception {
        ReportingModel model = model(modelName);
        String database = "papi_bench_" + modelName.replace('-', '_') + "_" + factor;
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
}
