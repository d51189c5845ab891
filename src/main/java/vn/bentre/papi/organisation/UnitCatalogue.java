package vn.bentre.papi.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.CsvFiles;

/**
 * Reads the organisation from its data files: {@code organisation/departments.csv} (the provincial
 * bodies of DESIGN.md §2) and {@code organisation/admin-units.csv} (the statistics office's
 * catalogue of districts and communes, kept verbatim so a newer catalogue can replace it).
 * The hierarchy rules (who is whose parent and reviewer) are applied here, not in the data.
 */
@Component
class UnitCatalogue {

    static final String PROVINCE_ID = "ubnd-tinh";
    static final String HOME_AFFAIRS_ID = "so-noi-vu";
    private static final String OFFICE_SUFFIX = "-phong-noi-vu";

    private final String departmentsFile;
    private final String adminUnitsFile;

    UnitCatalogue() {
        this("organisation/departments.csv", "organisation/admin-units.csv");
    }

    /** Locations as Spring resources: {@code classpath:…}, {@code file:…}, or a plain classpath path. */
    UnitCatalogue(String departmentsFile, String adminUnitsFile) {
        this.departmentsFile = departmentsFile;
        this.adminUnitsFile = adminUnitsFile;
    }

    @Autowired
    UnitCatalogue(OrganisationDataProperties data) {
        this(data.departments(), data.adminUnits());
    }

    /** Every unit, parents before children. */
    List<Unit> read() {
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(PROVINCE_ID, "UBND tỉnh Bến Tre", UnitLevel.PROVINCE, null, null, null, null));
        for (Map<String, String> row : rows(departmentsFile)) {
            String id = row.get("id");
            String reviewer = HOME_AFFAIRS_ID.equals(id) ? PROVINCE_ID : HOME_AFFAIRS_ID;
            units.add(new Unit(id, row.get("name"), UnitLevel.DEPARTMENT, PROVINCE_ID, reviewer, null, null));
        }
        Map<String, List<Map<String, String>>> communesByDistrict = new LinkedHashMap<>();
        for (Map<String, String> row : rows(adminUnitsFile)) {
            communesByDistrict.computeIfAbsent(row.get("district_code"), k -> new ArrayList<>()).add(row);
        }
        communesByDistrict.forEach((code, communes) -> addDistrict(units, code, communes));
        return units;
    }

    private static void addDistrict(List<Unit> units, String code, List<Map<String, String>> communes) {
        Map<String, String> first = communes.get(0);
        String districtName = first.get("district_name");
        String districtId = "huyen-" + code;
        String officeId = districtId + OFFICE_SUFFIX;
        units.add(new Unit(districtId, "UBND " + lowerFirst(districtName), UnitLevel.DISTRICT,
            PROVINCE_ID, HOME_AFFAIRS_ID, code, first.get("district_type")));
        units.add(new Unit(officeId, "Phòng Nội vụ " + lowerFirst(districtName), UnitLevel.DISTRICT_OFFICE,
            districtId, HOME_AFFAIRS_ID, null, null));
        for (Map<String, String> commune : communes) {
            units.add(new Unit("xa-" + commune.get("commune_code"),
                "UBND " + lowerFirst(commune.get("commune_name")) + ", " + lowerFirst(districtName),
                UnitLevel.COMMUNE, districtId, officeId, commune.get("commune_code"), commune.get("commune_type")));
        }
    }

    /** "Huyện Châu Thành" → "huyện Châu Thành", as the kind is written inside a name. */
    private static String lowerFirst(String name) {
        return name.substring(0, 1).toLowerCase(new Locale("vi")) + name.substring(1);
    }

    private static List<Map<String, String>> rows(String file) {
        return CsvFiles.read(file);
    }
}
