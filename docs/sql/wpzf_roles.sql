-- 卫片执法 (WPZF) roles for work packages on PostgreSQL/PostGIS.
--
-- Run once per database, as a superuser (re-running is safe; it updates the functions):
--     psql -v ON_ERROR_STOP=1 -d wpzf -f wpzf_roles.sql
-- It creates
--   three group roles (NOLOGIN; people log in as their own user, a member of one of them, so history names them):
--     wpzf_viewer      read only (township viewers): SELECT on every table of every package
--     wpzf_technician  judges: wpzf_viewer + UPDATE of the judgment columns of `patches` (wpzf.technician_columns()),
--                      INSERT into history and photo_files, INSERT/UPDATE of photos and attachments
--     wpzf_admin       imports, overlays, exports, copies, creates packages: owns every package schema and its tables
--   schema `wpzf`: the registry of package schemas (wpzf.packages lists them) and the functions below
--   wpzf.grant_package(schema)  grants the three roles on one package schema (idempotent; run again any time)
--   an event trigger that re-grants a registered package after every CREATE/ALTER in it, and registers a schema an
--   admin (a non-superuser member of wpzf_admin) creates, so tables added later get the same privileges.
--
-- People:
--     CREATE ROLE zhangsan LOGIN PASSWORD '…' IN ROLE wpzf_technician;
--     CREATE ROLE xzck01   LOGIN PASSWORD '…' IN ROLE wpzf_viewer;
--     CREATE ROLE lisi     LOGIN PASSWORD '…' IN ROLE wpzf_admin;
-- A package made by a superuser (or before this file was run) is registered once:
--     SELECT wpzf.grant_package('wpzf_450199_2022');

SET client_min_messages = warning;
DROP EVENT TRIGGER IF EXISTS wpzf_package_ddl;  -- created again at the end, with this file's function

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wpzf_viewer') THEN
        CREATE ROLE wpzf_viewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wpzf_technician') THEN
        CREATE ROLE wpzf_technician NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wpzf_admin') THEN
        CREATE ROLE wpzf_admin NOLOGIN;
    END IF;
END $$;

COMMENT ON ROLE wpzf_viewer IS '卫片执法：只读（乡镇查看）';
COMMENT ON ROLE wpzf_technician IS '卫片执法：判定（技术人员）';
COMMENT ON ROLE wpzf_admin IS '卫片执法：管理（导入、套合、导出、新建工作库）';

-- Each role has what the one before it has.
GRANT wpzf_viewer TO wpzf_technician;
GRANT wpzf_technician TO wpzf_admin;

-- Admins create package schemas; everybody connects.
DO $$
BEGIN
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO wpzf_viewer', current_database());
    EXECUTE format('GRANT CREATE ON DATABASE %I TO wpzf_admin', current_database());
END $$;

CREATE SCHEMA IF NOT EXISTS wpzf;
COMMENT ON SCHEMA wpzf IS '卫片执法：工作库登记与授权函数';
-- The registry keeps the schema's oid, so a package renamed (the store builds a new package under a scratch name
-- and renames it when complete) stays registered; wpzf.packages shows the current names.
DO $$
BEGIN
    IF to_regclass('wpzf.packages') IS NOT NULL
       AND (SELECT relkind FROM pg_class WHERE oid = to_regclass('wpzf.packages')) = 'r' THEN
        DROP TABLE wpzf.packages;  -- the first version of this file kept names
    END IF;
END $$;
CREATE TABLE IF NOT EXISTS wpzf.registry (
    nsp           oid PRIMARY KEY,
    registered_at timestamptz NOT NULL DEFAULT now(),
    registered_by name NOT NULL DEFAULT session_user
);
CREATE OR REPLACE VIEW wpzf.packages AS
    SELECT n.nspname AS schema_name, r.registered_at, r.registered_by
    FROM wpzf.registry r JOIN pg_namespace n ON n.oid = r.nsp;
REVOKE ALL ON SCHEMA wpzf FROM PUBLIC;
GRANT USAGE ON SCHEMA wpzf TO wpzf_viewer;
GRANT SELECT ON wpzf.registry, wpzf.packages TO wpzf_viewer;

-- The columns of `patches` a technician may change: rules/fields.py JUDGMENT + FIELDWORK, PZWH (the overlay fills it,
-- the technician corrects it) and the row version. Matched case-insensitively (GDAL launders names to lower case).
-- tests/test_pg_roles.py checks this list against rules/fields.py.
CREATE OR REPLACE FUNCTION wpzf.technician_columns() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY[
        -- JUDGMENT
        'HSZT', 'PDLX', 'PDXL', 'XZCL', 'WFZT', 'ZGCS', 'ZGZT', 'SFLA', 'ZDJCSS', 'CCFGMJ', 'BBGDMJ', 'JTHS', 'SFJYD',
        'TXDKMJ', 'TXGDMJ', 'TXJBNTMJ', 'TXFGNYMJ', 'TXWLYDMJ', 'TXJSYDMJ', 'TXSTHXMJ', 'HCRQ', 'PDRQ', 'TBRQ', 'QRRQ',
        'ZGRQ', 'BZ', 'BABH', 'SFFNH', 'SFLZJF', 'JSSJ', 'JSSJYJ', 'ZDXMWH', 'HSRQ', 'HSJG', 'HSJYBH', 'LDHCRQ',
        'LDHCR', 'SJYSRQ', 'ZZQQRRQ',
        -- FIELDWORK
        'SDXZ', 'HCR',
        -- corrected by the technician; the row version optimistic locking raises with every save
        'PZWH', 'ROWVER'
    ]::text[]
$$;

-- Tables a technician adds rows to (history: one row per change) and may update (linking a photo by hand).
CREATE OR REPLACE FUNCTION wpzf.technician_inserts() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['history', 'photos', 'photo_files', 'attachments']::text[] $$;
CREATE OR REPLACE FUNCTION wpzf.technician_updates() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['photos', 'attachments']::text[] $$;

-- The role of a login user in WPZF terms: 'admin', 'technician', 'viewer' or NULL (superusers count as admin).
CREATE OR REPLACE FUNCTION wpzf.role_of(p_user name DEFAULT session_user) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE
        WHEN pg_has_role(p_user, 'wpzf_admin', 'MEMBER') THEN 'admin'
        WHEN pg_has_role(p_user, 'wpzf_technician', 'MEMBER') THEN 'technician'
        WHEN pg_has_role(p_user, 'wpzf_viewer', 'MEMBER') THEN 'viewer'
    END
$$;

CREATE OR REPLACE FUNCTION wpzf.grant_package(p_schema text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    ns oid;
    owner_name name;
    t record;
    cols text;
    n integer := 0;
    caller_super boolean;
BEGIN
    SELECT oid, pg_get_userbyid(nspowner) INTO ns, owner_name FROM pg_namespace WHERE nspname = p_schema;
    IF ns IS NULL THEN
        RAISE EXCEPTION '没有模式 %（no schema %）', p_schema, p_schema;
    END IF;
    IF p_schema IN ('public', 'wpzf', 'information_schema', 'topology', 'tiger') OR p_schema LIKE 'pg\_%' THEN
        RAISE EXCEPTION '模式 % 不是工作库（% is not a work package schema）', p_schema, p_schema;
    END IF;
    SELECT rolsuper INTO caller_super FROM pg_roles WHERE rolname = session_user;
    -- an admin may register only a schema owned by an admin (never take over someone else's schema)
    IF NOT coalesce(caller_super, false) AND NOT (
            pg_has_role(session_user, 'wpzf_admin', 'MEMBER') AND
            ((pg_has_role(owner_name, 'wpzf_admin', 'MEMBER')
              AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = owner_name))
             OR EXISTS (SELECT 1 FROM wpzf.registry WHERE nsp = ns))) THEN
        RAISE EXCEPTION '用户 % 无权为模式 % 授权：需要 wpzf_admin 角色（user % may not grant on %: needs wpzf_admin）',
            session_user, p_schema, session_user, p_schema;
    END IF;
    PERFORM set_config('wpzf.granting', 'on', true);  -- the event trigger leaves our own statements alone

    EXECUTE format('ALTER SCHEMA %I OWNER TO wpzf_admin', p_schema);
    EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', p_schema);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO wpzf_viewer', p_schema);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE wpzf_admin IN SCHEMA %I GRANT SELECT ON TABLES TO wpzf_viewer',
                   p_schema);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE wpzf_admin IN SCHEMA %I '
                   'GRANT USAGE, SELECT ON SEQUENCES TO wpzf_technician', p_schema);

    FOR t IN
        SELECT c.oid, c.relname, c.relkind, pg_get_userbyid(c.relowner) AS relowner,
               EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                       AND d.deptype IN ('a', 'i')) AS linked
        FROM pg_class c WHERE c.relnamespace = ns AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
        ORDER BY c.relname
    LOOP
        IF t.relkind = 'S' THEN
            IF t.relowner <> 'wpzf_admin' AND NOT t.linked THEN  -- a serial's sequence follows its table
                EXECUTE format('ALTER SEQUENCE %I.%I OWNER TO wpzf_admin', p_schema, t.relname);
            END IF;
            EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %I.%I TO wpzf_technician', p_schema, t.relname);
            CONTINUE;
        END IF;
        IF t.relowner <> 'wpzf_admin' THEN  -- every admin may alter every table (schema upgrades, new fields)
            EXECUTE format('ALTER %s %I.%I OWNER TO wpzf_admin',
                           CASE t.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                          WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, p_schema, t.relname);
        END IF;
        EXECUTE format('GRANT SELECT ON %I.%I TO wpzf_viewer', p_schema, t.relname);
        IF lower(t.relname) = ANY (wpzf.technician_inserts()) THEN
            EXECUTE format('GRANT INSERT ON %I.%I TO wpzf_technician', p_schema, t.relname);
        END IF;
        IF lower(t.relname) = ANY (wpzf.technician_updates()) THEN
            EXECUTE format('GRANT UPDATE ON %I.%I TO wpzf_technician', p_schema, t.relname);
        END IF;
        IF lower(t.relname) = 'patches' THEN
            SELECT string_agg(quote_ident(a.attname), ', ') INTO cols FROM pg_attribute a
            WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
              AND upper(a.attname) = ANY (wpzf.technician_columns());
            IF cols IS NOT NULL THEN
                EXECUTE format('GRANT UPDATE (%s) ON %I.%I TO wpzf_technician', cols, p_schema, t.relname);
            END IF;
        END IF;
        n := n + 1;
    END LOOP;

    DELETE FROM wpzf.registry WHERE nsp NOT IN (SELECT oid FROM pg_namespace);  -- dropped packages
    INSERT INTO wpzf.registry (nsp) VALUES (ns) ON CONFLICT (nsp) DO NOTHING;
    PERFORM set_config('wpzf.granting', '', true);
    RETURN n;
END $$;
REVOKE ALL ON FUNCTION wpzf.grant_package(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wpzf.grant_package(text) TO wpzf_admin;

-- After CREATE/ALTER in a registered package: grant again, so a table or column added later (a new layer, a schema
-- upgrade) has the same privileges. A schema created by an admin (not a superuser) becomes a package at once.
CREATE OR REPLACE FUNCTION wpzf.on_ddl() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r record;
    done text[] := '{}';
    target text;
BEGIN
    IF coalesce(current_setting('wpzf.granting', true), '') = 'on' THEN
        RETURN;
    END IF;
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        target := NULL;
        IF r.command_tag = 'CREATE SCHEMA' THEN
            SELECT nspname INTO target FROM pg_namespace WHERE oid = r.objid;
            IF NOT (pg_has_role(session_user, 'wpzf_admin', 'MEMBER')
                    AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
                target := NULL;
            END IF;
        ELSIF r.schema_name IS NOT NULL AND EXISTS (
                SELECT 1 FROM wpzf.registry g JOIN pg_namespace n ON n.oid = g.nsp
                WHERE n.nspname = r.schema_name) THEN
            target := r.schema_name;
        END IF;
        IF target IS NOT NULL AND NOT target = ANY (done) THEN
            PERFORM wpzf.grant_package(target);
            done := done || target;
        END IF;
    END LOOP;
END $$;
REVOKE ALL ON FUNCTION wpzf.on_ddl() FROM PUBLIC;

DROP EVENT TRIGGER IF EXISTS wpzf_package_ddl;
CREATE EVENT TRIGGER wpzf_package_ddl ON ddl_command_end
    WHEN TAG IN ('CREATE SCHEMA', 'CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO', 'CREATE VIEW',
                 'CREATE SEQUENCE', 'ALTER TABLE', 'CREATE INDEX')
    EXECUTE FUNCTION wpzf.on_ddl();
