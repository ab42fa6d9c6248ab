package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.rcpmodel.AlmatyFixture;

/**
 * The entry point validates without a Bean Validation provider: in a fresh class loader that could
 * load Hibernate Validator, {@code RcpValidator.validate} loads none of its classes (no validator
 * factory bootstrap), while asking for the Bean Validation {@code Validator} does. That the jars can
 * be left out altogether is shown by {@code ModulePathTest} in {@code module-path-test}, which runs
 * reading and validating on a class path without Hibernate Validator, its dependencies or EL.
 */
class NoBeanValidationProviderTest {

  /** Loads the library, its tests and its dependencies afresh and records the Hibernate Validator classes asked for. */
  private static final class RecordingLoader extends URLClassLoader {
    final Set<String> hibernate = ConcurrentHashMap.newKeySet();

    RecordingLoader() throws Exception {
      super(urls(), ClassLoader.getPlatformClassLoader());
    }

    private static URL[] urls() throws Exception {
      // main classes, test classes, and the jars of the Bean Validation API, the provider and EL
      List<Class<?>> from = List.of(RcpValidator.class, AlmatyFixture.class, jakarta.validation.Validation.class,
          HibernateValidator.class, org.jboss.logging.Logger.class, com.fasterxml.classmate.TypeResolver.class,
          jakarta.el.ExpressionFactory.class, org.glassfish.expressly.ExpressionFactoryImpl.class);
      URL[] urls = new URL[from.size()];
      for (int i = 0; i < urls.length; i++) {
        urls[i] = from.get(i).getProtectionDomain().getCodeSource().getLocation();
      }
      return urls;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("org.hibernate.validator.")) {
        hibernate.add(name);
      }
      return super.loadClass(name, resolve);
    }
  }

  private static Object almaty(ClassLoader loader) throws Exception {
    return loader.loadClass("org.rcpmodel.AlmatyFixture").getMethod("document").invoke(null);
  }

  @Test
  void validatingThroughTheEntryPointLoadsNoHibernateValidatorClass() throws Exception {
    try (RecordingLoader loader = new RecordingLoader()) {
      Object document = almaty(loader);
      Class<?> validator = loader.loadClass("org.rcpmodel.validation.RcpValidator");
      Method validate = validator.getMethod("validate", loader.loadClass("org.rcpmodel.Document"), Locale.class);
      Object report = validate.invoke(null, document, Locale.ENGLISH);
      assertThat(report.toString()).contains("chair.term-length", "fact.conflict");
      assertThat(loader.hibernate).isEmpty();
    }
  }

  @Test
  void askingForTheBeanValidationValidatorDoesLoadTheProvider() throws Exception {
    try (RecordingLoader loader = new RecordingLoader()) {
      ClassLoader before = Thread.currentThread().getContextClassLoader();
      Thread.currentThread().setContextClassLoader(loader);
      try {
        loader.loadClass("org.rcpmodel.validation.RcpValidator").getMethod("validator", Locale.class)
            .invoke(null, Locale.ENGLISH);
      } finally {
        Thread.currentThread().setContextClassLoader(before);
      }
      assertThat(loader.hibernate).contains("org.hibernate.validator.HibernateValidator");
    }
  }
}
