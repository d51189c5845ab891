/**
 * What every feature stands on: deployment of the diagrams and forms administrators edit,
 * and authentication of the REST APIs. No business rules live here.
 */
package vn.bentre.papi.platform;
