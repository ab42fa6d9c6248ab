/**
 * The rcp-model JSON document format (docs/FORMAT.md) on Jackson 3.
 *
 * <ul>
 *   <li>{@link org.rcpmodel.json.RcpJson}: a preconfigured, thread-safe reader and writer with
 *       explicit limits, strict or lenient, that reports every bad input as one
 *       {@link org.rcpmodel.json.RcpJsonException} (code, JSON Pointer, line, column, source name).</li>
 *   <li>{@link org.rcpmodel.json.RcpModule}: the Jackson module for a mapper of your own, found by
 *       {@code JsonMapper.builder().findAndAddModules()}.</li>
 *   <li>The JSON Schema of the format, the resource {@link org.rcpmodel.json.RcpJson#SCHEMA_RESOURCE}.</li>
 * </ul>
 */
package org.rcpmodel.json;
