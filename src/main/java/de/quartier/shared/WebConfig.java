package de.quartier.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new QuartierLocaleResolver();
    }

    /**
     * Keep-alive connections take turns: see {@link FairHttp11NioProtocol}. {@code quartier.http.fair-keep-alive=false}
     * brings back Tomcat's own connector (for comparison in benchmarks).
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "quartier.http.fair-keep-alive", matchIfMissing = true)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> fairKeepAlive() {
        return factory -> factory.setProtocol(FairHttp11NioProtocol.class.getName());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
        registry.addInterceptor(new TenantInterceptor());
    }
}
