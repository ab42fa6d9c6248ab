/** Another team's module, using rcp-model on the module path. */
module it.consumer.modulepath {
  requires org.rcpmodel.core;
  requires org.rcpmodel.json;
  requires org.rcpmodel.jackson2;
  requires jakarta.validation;
  requires tools.jackson.databind;
  requires com.fasterxml.jackson.databind;

  exports it.consumer.modulepath;
}
