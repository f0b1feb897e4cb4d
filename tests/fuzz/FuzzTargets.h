#pragma once

#include <cstddef>
#include <cstdint>

// One function per parser of outside data (tests/fuzz/targets). Each returns 0 and aborts when
// an invariant of the parser does not hold.
namespace burgernet::fuzz {

int participantCsv(const uint8_t* data, size_t size); // CsvRecordReader + ParticipantRowParser
int boundaryFile(const uint8_t* data, size_t size);   // BoundaryFile, GeoJSON
int geoJsonArea(const uint8_t* data, size_t size);    // GeoArea::fromGeoJson and back
int capRoundTrip(const uint8_t* data, size_t size);   // CapMessage::toXml read back
int kannelCallback(const uint8_t* data, size_t size); // CallbackRoutes + Kannel's dlr
int location(const uint8_t* data, size_t size);       // LocationParser
int auditLog(const uint8_t* data, size_t size);       // AuditVerifier/AuditQuery, mutated log
int scenario(const uint8_t* data, size_t size);       // ScenarioLoader::parse
int settingsFile(const uint8_t* data, size_t size);   // Settings over an INI file
int templateFile(const uint8_t* data, size_t size);   // a template's text, composed

// Builds what a target's parser builds once on first use (the national border, the genuine
// log), so that the first input is timed like the others.
void locationWarmUp();
void auditLogWarmUp();

} // namespace burgernet::fuzz
