package vn.bentre.papi.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/**
 * An organisation {@code factor} times the real one, written as the two data files the
 * organisation feature reads ({@code papi.organisation.data.*}): the real units plus synthetic
 * departments, districts and communes with codes that cannot clash with the statistics office's.
 */
final class SyntheticOrganisation {

    private SyntheticOrganisation() {
    }

    /** @return {departments file, admin-units file} as {@code file:} locations */
    static List<String> write(Path directory, int factor) {
        try {
            List<String> departments = new ArrayList<>(lines("organisation/departments.csv"));
            List<String> adminUnits = new ArrayList<>(lines("organisation/admin-units.csv"));
            int realDepartments = departments.size() - 1;
            int realCommunes = adminUnits.size() - 1;
            for (int i = 1; i <= realDepartments * (factor - 1); i++) {
                departments.add(String.format("so-tong-hop-%04d,Sở tổng hợp %d", i, i));
            }
            int communesPerDistrict = Math.max(1, realCommunes / 9);
            int extraCommunes = realCommunes * (factor - 1);
            for (int c = 0; c < extraCommunes; c++) {
                int district = 9000 + c / communesPerDistrict;
                adminUnits.add(String.format("83,Tỉnh Bến Tre,%d,Huyện Tổng hợp %d,Huyện,%d,Xã Tổng hợp %d,Xã",
                    district, district, 900000 + c, c));
            }
            Files.createDirectories(directory);
            Path departmentsFile = Files.write(directory.resolve("departments.csv"), departments, StandardCharsets.UTF_8);
            Path adminUnitsFile = Files.write(directory.resolve("admin-units.csv"), adminUnits, StandardCharsets.UTF_8);
            return List.of("file:" + departmentsFile.toAbsolutePath(), "file:" + adminUnitsFile.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String resource) throws IOException {
        return new String(new ClassPathResource(resource).getInputStream().readAllBytes(), StandardCharsets.UTF_8)
            .lines().filter(l -> !l.isBlank()).toList();
    }
}
