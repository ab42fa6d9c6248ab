/**
 * The rcp-model core: the immutable domain model ({@code org.rcpmodel}), partial dates and periods
 * ({@code org.rcpmodel.time}), point-in-time queries ({@code org.rcpmodel.query}), the rule
 * catalogue with its validator ({@code org.rcpmodel.validation}), and merging documents from several
 * sources ({@code org.rcpmodel.merge}) and comparing snapshots ({@code org.rcpmodel.diff}).
 *
 * <p>Jakarta Validation's API is required, and read by every consumer, because the model's accessors
 * carry its constraint annotations. Hibernate Validator is optional ({@code requires static}):
 * {@link org.rcpmodel.validation.RcpValidator#validate(org.rcpmodel.Document)} needs no Bean Validation
 * provider, and only the Bean Validation path (a {@code Validator} running
 * {@link org.rcpmodel.validation.DocumentRules}) needs it in the module graph, where its service binding
 * puts it when it is on the module path.
 */
module org.rcpmodel.core {
  requires transitive jakarta.validation;
  requires static org.hibernate.validator;
  // Immutables' annotations are read at compile time only (class retention).
  requires static org.immutables.value.annotations;
  // Document's guard against mappers without the rcp-model module (@JsonValue); without Jackson on
  // the module path the annotation is simply absent.
  requires static com.fasterxml.jackson.annotation;

  exports org.rcpmodel;
  exports org.rcpmodel.diff;
  exports org.rcpmodel.merge;
  exports org.rcpmodel.query;
  exports org.rcpmodel.time;
  exports org.rcpmodel.validation;

  // Hibernate Validator finds the validator of @DocumentRules as a service (META-INF/services on the class path).
  provides jakarta.validation.ConstraintValidator with org.rcpmodel.validation.DocumentRulesValidator;
}
