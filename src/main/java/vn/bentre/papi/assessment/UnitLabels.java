package vn.bentre.papi.assessment;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;

/** Vietnamese names of the lead units a corrective measure may name: unit ids and the catalogue's tokens. */
@Component
class UnitLabels {

    static final Map<String, String> TOKENS = Map.of(
        "@all", "Tất cả cơ quan, đơn vị",
        "@departments", "Các sở, ban, ngành tỉnh",
        "@districts", "Các UBND huyện, thành phố",
        "@communes", "Các UBND xã, phường, thị trấn");

    private final Organisation organisation;

    UnitLabels(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The name, or null when the id is neither a token nor a unit. */
    String label(String unitOrToken) {
        if (TOKENS.containsKey(unitOrToken)) {
            return TOKENS.get(unitOrToken);
        }
        return organisation.unit(unitOrToken).map(Unit::name).orElse(null);
    }
}
