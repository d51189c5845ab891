package vn.bentre.papi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kế hoạch 4129/KH-UBND nâng cao chỉ số PAPI tỉnh Bến Tre, chạy trên Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PapiApplication {

    public static void main(String[] args) {
        SpringApplication.run(PapiApplication.class, args);
    }
}
