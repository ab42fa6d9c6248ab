package org.rcpmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.rcpmodel.json.RcpJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DatasetSchemaTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static JsonNode resource(Class<?> anchor, String name) throws IOException {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      return PLAIN.readTree(in);
    }
  }

  @Test
  void theBundledAlmatyDatasetValidatesAgainstTheShippedSchema() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(resource(RcpJson.class, RcpJson.SCHEMA_RESOURCE));

    JsonNode dataset = resource(DatasetSchemaTest.class, "/org/rcpmodel/examples/almaty-process.json");

    assertThat(schema.validate(dataset)).isEmpty();
    // The schema is not a rubber stamp: the same dataset with a misspelt property is rejected.
    ((tools.jackson.databind.node.ObjectNode) dataset).put("titel", "typo");
    assertThat(schema.validate(dataset)).isNotEmpty();
  }
}
