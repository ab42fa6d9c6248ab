package org.rcpmodel.examples.spring;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the document converter in front of Spring's Jackson converter, for {@code Document} bodies only. */
@Configuration(proxyBeanMethods = false)
public class ServiceConfiguration implements WebMvcConfigurer {

  /** Creates the configuration; Spring does. */
  public ServiceConfiguration() {}

  @Override
  public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
    // Custom converters come before the defaults, Jackson's among them.
    builder.addCustomConverter(new DocumentMessageConverter());
  }
}
