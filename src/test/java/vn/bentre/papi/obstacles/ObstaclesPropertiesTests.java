package vn.bentre.papi.obstacles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObstaclesPropertiesTests {

    @Test
    void shouldDefaultEveryStepAndGiveUrgentObstaclesShorterDeadlines() {
        ObstaclesProperties defaults = ObstaclesProperties.defaults();

        assertThat(defaults.of(Urgency.NORMAL)).isEqualTo(new ObstaclesProperties.Deadlines(3, 5, 3, 7, 5));
        assertThat(defaults.of(Urgency.URGENT)).isEqualTo(new ObstaclesProperties.Deadlines(1, 2, 1, 3, 3));
    }

    @Test
    void shouldKeepTheDefaultsOfStepsNotConfigured() {
        ObstaclesProperties properties = new ObstaclesProperties(new ObstaclesProperties.Deadlines(4, null, null, 10, null), null);

        assertThat(properties.of(Urgency.NORMAL)).isEqualTo(new ObstaclesProperties.Deadlines(4, 5, 3, 10, 5));
    }

    @Test
    void shouldRefuseUrgentDeadlinesLongerThanNormalOnes() {
        assertThatThrownBy(() -> new ObstaclesProperties(null, new ObstaclesProperties.Deadlines(5, null, null, null, null)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vướng mắc khẩn không được có hạn dài hơn");
    }
}
