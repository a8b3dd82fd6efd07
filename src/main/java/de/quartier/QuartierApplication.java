package de.quartier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class QuartierApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuartierApplication.class, args);
    }
}
