package vn.bentre.papi.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import vn.bentre.papi.organisation.Organisation;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeasureCatalogueTests {

    @Autowired MeasureCatalogue catalogue;
    @Autowired CatalogueLoader loader;
    @Autowired Organisation organisation;
    @Autowired TestRestTemplate http;

    @Test
    void shouldHoldThePlansMeasuresUnderTheSixDimensionsAndEightFrom2018() {
        assertThat(catalogue.measures()).hasSizeGreaterThanOrEqualTo(25)
            .allSatisfy(m -> assertThat(m.leadUnits()).isNotEmpty());
        assertThat(catalogue.dimensions(2015)).hasSize(6);
        assertThat(catalogue.dimensions(2018)).hasSize(8).extracting(Dimension::id).contains("ENVIRONMENT", "E_GOVERNANCE");
        assertThat(catalogue.measures("TRANSPARENCY")).extracting(Measure::id).contains("transparency-1");
    }

    @Test
    void shouldOfferEachUnitTheMeasuresItLeadsOrSupports() {
        assertThat(catalogue.measuresFor(organisation.requireUnit("xa-28756"))).extracting(Measure::id)
            .contains("transparency-2", "procedures-2").doesNotContain("services-2", "corruption-4");
        assertThat(catalogue.measuresFor(organisation.requireUnit("so-y-te"))).extracting(Measure::id)
            .contains("corruption-3", "services-2");
        assertThat(catalogue.measuresFor(organisation.requireUnit("mttq-tinh"))).extracting(Measure::id)
            .contains("accountability-2");
    }

    @Test
    void shouldChangeNothingWhenLoadedAgain() {
        assertThat(loader.load()).isZero();
    }

    @Nested
    class Api {

        @Test
        void shouldListTheMeasuresOfOneDimensionWithItsVietnameseName() {
            JsonNode measures = http.withBasicAuth("xa-28756-cv", "demo")
                .getForObject("/api/plan/measures?dimension=participation", JsonNode.class);
            assertThat(measures).hasSize(3).allSatisfy(m -> {
                assertThat(m.get("dimension").asText()).isEqualTo("PARTICIPATION");
                assertThat(m.get("dimensionName").asText()).isEqualTo("Tham gia của người dân ở cấp cơ sở");
            });
        }

        @Test
        void shouldAnswer400ForAnUnknownDimension() {
            var response = http.withBasicAuth("xa-28756-cv", "demo").getForEntity("/api/plan/measures?dimension=x", String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).contains("Nội dung PAPI 'x' không có");
        }

        @Test
        void shouldAnswer401WithoutCredentials() {
            assertThat(http.getForEntity("/api/plan/measures", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }
}
