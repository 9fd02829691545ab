package dev.jnode.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

class TimeZonesTest {
    @Test
    void tzValuesNameZonesAndUnknownOnesMeanUtc() {
        assertThat(TimeZones.zoneOf("Europe/Amsterdam")).isEqualTo("Europe/Amsterdam");
        assertThat(TimeZones.zoneOf(":Europe/Paris")).isEqualTo("Europe/Paris");
        assertThat(TimeZones.zoneOf("Invalid/Zone")).isEqualTo("UTC");
        assertThat(TimeZones.zoneOf("")).isEqualTo("UTC");
    }

    @Test
    void theSystemZoneIsAValidZone() {
        assertThat(java.time.ZoneId.of(TimeZones.systemZone())).isNotNull();
    }

    @Test
    void changingTheZoneChangesWhatDatePrints() {
        try (Context context = Context.create("js")) {
            context.initialize("js");
            context.enter();
            try {
                String date = "new Date('2018-04-14T12:34:56.789Z').getHours()";
                TimeZones.setLocalTimeZone("Europe/Amsterdam");
                assertThat(context.eval("js", date).asInt()).isEqualTo(14);
                TimeZones.setLocalTimeZone("America/New_York");
                assertThat(context.eval("js", date).asInt()).isEqualTo(8);
            } finally {
                context.leave();
            }
        }
    }
}
