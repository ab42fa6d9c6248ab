/**
 * The rcp-model document format: {@link org.rcpmodel.json.RcpJson} reads and writes documents, and
 * {@link org.rcpmodel.json.RcpModule} is the Jackson 3 module behind it, which a mapper of one's own
 * finds through {@code findAndAddModules()} (a service on the module path, {@code META-INF/services}
 * on the class path).
 *
 * <p>The package is open so that the JSON Schema it ships
 * ({@link org.rcpmodel.json.RcpJson#SCHEMA_RESOURCE}) can be read by any module with
 * {@code RcpJson.class.getResourceAsStream}; a resource in a package that is not open is hidden from
 * other modules.
 */
module org.rcpmodel.json {
  requires transitive org.rcpmodel.core;
  requires transitive tools.jackson.databind;

  exports org.rcpmodel.json;
  opens org.rcpmodel.json;

  provides tools.jackson.databind.JacksonModule with org.rcpmodel.json.RcpModule;
}
