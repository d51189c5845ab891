package vn.bentre.papi.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class UnitCatalogueTests {

    private final List<Unit> units = new UnitCatalogue().read();
    private final Map<String, Unit> byId = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));

    private List<Unit> level(UnitLevel level) {
        return units.stream().filter(u -> u.level() == level).toList();
    }

    @Test
    void shouldHoldTheProvinceTheDepartmentsNineDistrictsAndTheirOffices() {
        assertThat(level(UnitLevel.PROVINCE)).extracting(Unit::id).containsExactly("ubnd-tinh");
        assertThat(level(UnitLevel.DEPARTMENT)).hasSize(22).extracting(Unit::id).contains("so-noi-vu", "so-tai-chinh", "mttq-tinh");
        assertThat(level(UnitLevel.DISTRICT)).hasSize(9);
        assertThat(level(UnitLevel.DISTRICT_OFFICE)).hasSize(9)
            .allSatisfy(office -> assertThat(office.id()).isEqualTo(office.parentId() + "-phong-noi-vu"));
    }

    @Test
    void shouldHold164CommunesOfTheThreeKinds() {
        Map<String, Long> kinds = level(UnitLevel.COMMUNE).stream().collect(Collectors.groupingBy(Unit::kind, Collectors.counting()));
        assertThat(level(UnitLevel.COMMUNE)).hasSize(164);
        assertThat(kinds).containsOnly(Map.entry("Xã", 147L), Map.entry("Phường", 10L), Map.entry("Thị trấn", 7L));
    }

    @Test
    void shouldLetTheDistrictHomeAffairsOfficeReviewItsCommunes() {
        Unit commune = byId.get("xa-28801");
        assertThat(commune.name()).isEqualTo("UBND thị trấn Châu Thành, huyện Châu Thành");
        assertThat(commune.parentId()).isEqualTo("huyen-831");
        assertThat(commune.reviewerId()).isEqualTo("huyen-831-phong-noi-vu");
        assertThat(level(UnitLevel.COMMUNE)).allSatisfy(c -> assertThat(c.reviewerId()).isEqualTo(c.parentId() + "-phong-noi-vu"));
    }

    @Test
    void shouldLetSoNoiVuReviewDistrictsAndDepartmentsAndTheProvinceReviewSoNoiVu() {
        assertThat(level(UnitLevel.DISTRICT)).allSatisfy(d -> assertThat(d.reviewerId()).isEqualTo("so-noi-vu"));
        assertThat(level(UnitLevel.DEPARTMENT)).filteredOn(d -> !d.id().equals("so-noi-vu"))
            .allSatisfy(d -> assertThat(d.reviewerId()).isEqualTo("so-noi-vu"));
        assertThat(byId.get("so-noi-vu").reviewerId()).isEqualTo("ubnd-tinh");
        assertThat(byId.get("huyen-829").name()).isEqualTo("UBND thành phố Bến Tre");
    }

    @Test
    void shouldListParentsBeforeChildren() {
        for (int i = 0; i < units.size(); i++) {
            String parent = units.get(i).parentId();
            if (parent != null) {
                assertThat(units.subList(0, i)).extracting(Unit::id).contains(parent);
            }
        }
    }
}
