/** Another team's module, using rcp-model on the module path. */
module it.consumer.modulepath {
  requires org.rcpmodel.core;
  requires org.rcpmodel.json;
  requires org.rcpmodel.jackson2;
  requires jakarta.validation;
  requires tools.jackson.databind;
  requires com.fasterxml.jackson.databind;
  // Hibernate Validator's default message interpolator needs the EL API, which nothing else requires.
  requires jakarta.el;

  exports it.consumer.modulepath;
}
