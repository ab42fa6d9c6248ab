package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcpmodel.json.RcpJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The pointers of the engine's field findings use the format's property names: every property the
 * field table checks on a model type is a property of that type's definition in the shipped JSON
 * Schema (which SchemaTest holds to what the codec reads and writes).
 */
class FieldTableJsonNamesTest {

  @Test
  void everyCheckedPropertyIsAPropertyOfItsTypeInTheSchema() throws Exception {
    JsonNode defs;
    try (InputStream in = RcpJson.class.getResourceAsStream(RcpJson.SCHEMA_RESOURCE)) {
      defs = new ObjectMapper().readTree(in).get("$defs");
    }
    List<String> checked = new ArrayList<>();
    for (Class<?> type : ModelTypes.all()) {
      JsonNode def = defs.get(type.getSimpleName());
      assertThat(def).as("a schema definition for " + type.getSimpleName()).isNotNull();
      for (FieldTable.Property property : FieldTable.of(type).checked) {
        assertThat(def.get("properties").has(property.name)).as(type.getSimpleName() + "." + property.name).isTrue();
        checked.add(type.getSimpleName() + "." + property.name);
      }
    }
    assertThat(checked).contains("Document.schemaVersion", "Chairmanship.coChair", "OtherName.language",
        "Participation.participant", "ChairingRule.maxConcurrentChairs").hasSizeGreaterThan(100);
  }
}
