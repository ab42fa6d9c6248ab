/**
 * A consumer of rcp-model on the module path: it requires {@code org.rcpmodel.json}, which brings
 * {@code org.rcpmodel.core}, Jakarta Validation and Jackson 3 as implied readability. Hibernate
 * Validator, on the module path, comes in by service binding (Jakarta Validation uses its provider
 * service); the EL API does not, as nothing resolved requires it, so a module that validates with
 * Hibernate Validator's default message interpolator requires it (the EL implementation, Expressly,
 * then comes in by service binding too).
 */
module org.rcpmodel.modulepath {
  requires org.rcpmodel.json;
  requires jakarta.el;
}
