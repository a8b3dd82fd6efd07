package de.quartier.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at {@code /v3/api-docs}: title, and the personal access tokens programs sign in with. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI quartierOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Quartier API")
                        .version("v1")
                        .description("Districts, indicators and municipalities of a Quartier installation. Public"
                                + " reads need no sign-in; everything else takes a personal access token"
                                + " (create one at /konto/tokens). Errors are RFC 9457 problem JSON.")
                        .license(new License().name("Open data of each municipality; see its imprint")))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Personal access token qrt_…")));
    }
}
