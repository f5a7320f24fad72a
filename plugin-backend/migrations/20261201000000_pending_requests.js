/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// @ts-check

/**
 * Pending requests: changes to resource requests that wait in an open review
 * (or were recorded by `ske:record-request`). One row per request, action and
 * review; the unique key lets several backend replicas record the same
 * change without duplicates.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('ske_pending_requests', table => {
    table.comment('Changes to Kratix resource requests waiting for review');
    table.increments('id').primary();
    table.string('promise_name', 253).notNullable();
    table.string('namespace', 63).notNullable();
    table.string('name', 253).notNullable();
    table
      .string('action', 16)
      .notNullable()
      .comment('Request | Update | Delete');
    table
      .string('pull_request_url', 2048)
      .notNullable()
      .defaultTo('')
      .comment('The review carrying the change; empty when none');
    table.string('requests_repo_url', 2048).nullable();
    table.text('manifest').nullable();
    table
      .string('state', 16)
      .notNullable()
      .defaultTo('open')
      .comment('open | merged | closed');
    table.string('recorded_by', 512).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(
      ['promise_name', 'namespace', 'name', 'action', 'pull_request_url'],
      { indexName: 'ske_pending_requests_change_idx' },
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('ske_pending_requests');
};
