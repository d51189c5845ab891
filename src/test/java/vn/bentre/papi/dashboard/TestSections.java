package vn.bentre.papi.dashboard;

import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * Two sections that exist only in tests, as a later feature would add its own: one drawn as a line
 * chart with a table (the page draws it without any page code for it), one that always fails.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestSections {

    static final String EXTRA = "test-extra";
    static final String EXTRA_TITLE = "Mục thử nghiệm: điểm PAPI giả định";
    static final String FAILING = "test-failing";
    static final String FAILING_TITLE = "Mục thử nghiệm luôn lỗi";

    @Bean
    @Order(1000)
    DashboardSection extraTestSection() {
        return new DashboardSection() {
            @Override
            public String id() {
                return EXTRA;
            }

            @Override
            public String title() {
                return EXTRA_TITLE;
            }

            @Override
            public SectionContent load(Viewer viewer) {
                return SectionContent.chart(ChartKind.LINE, List.of("2015", "2016", "2017"), List.of(
                        new Series("Công khai, minh bạch", List.of(5.6, 5.9, 6.1)),
                        new Series("Mục tiêu", List.of(6.0, 6.0, 6.0), "#9e9e9e")))
                    .withTable(List.of("Năm", "Điểm", "Xem"), List.of(
                        List.of("2015", 5.6, new Link("Chi tiết năm 2015", "#2015")),
                        List.of("2016", 5.9, new Link("Chi tiết năm 2016", "#2016"))))
                    .withNote("Phạm vi: " + viewer.scopeLabel());
            }
        };
    }

    @Bean
    @Order(1001)
    DashboardSection failingTestSection() {
        return new DashboardSection() {
            @Override
            public String id() {
                return FAILING;
            }

            @Override
            public String title() {
                return FAILING_TITLE;
            }

            @Override
            public SectionContent load(Viewer viewer) {
                throw new IllegalStateException("Table rpt_unit_report does not exist (test)");
            }
        };
    }
}
