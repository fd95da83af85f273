/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const sluice = $root.sluice = (() => {

    /**
     * Namespace sluice.
     * @exports sluice
     * @namespace
     */
    const sluice = {};

    sluice.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof sluice
         * @namespace
         */
        const v1 = {};

        v1.Ingest = (function() {

            /**
             * Constructs a new Ingest service.
             * @memberof sluice.v1
             * @classdesc Represents an Ingest
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const Ingest = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(Ingest.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Ingest, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new Ingest service using the specified rpc implementation.
             * @function create
             * @memberof sluice.v1.Ingest
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Ingest} RPC service. Useful where requests and/or responses are streamed.
             */
            Ingest.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link sluice.v1.Ingest#push}.
             * @memberof sluice.v1.Ingest
             * @typedef PushCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {sluice.v1.PushAck} [response] PushAck
             */

            /**
             * Calls Push.
             * @memberof sluice.v1.Ingest
             * @typedef Push
             * @type {{
             *   (request: sluice.v1.IMetricBatch, callback: sluice.v1.Ingest.PushCallback): void;
             *   (request: sluice.v1.IMetricBatch): Promise<sluice.v1.PushAck>;
             *   readonly name: "Push";
             *   readonly path: "/sluice.v1.Ingest/Push";
             *   readonly requestType: "MetricBatch";
             *   readonly responseType: "PushAck";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Push.
             * @name sluice.v1.Ingest#push
             * @type {sluice.v1.Ingest.Push}
             */
            $Object.defineProperties(Ingest.prototype.push = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Ingest.prototype.push, $root.sluice.v1.MetricBatch, $root.sluice.v1.PushAck, request, callback);
            }, {
                name: { value: "Push" },
                path: { value: "/sluice.v1.Ingest/Push" },
                requestType: { value: "MetricBatch" },
                responseType: { value: "PushAck" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link sluice.v1.Ingest#stream}.
             * @memberof sluice.v1.Ingest
             * @typedef StreamCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {sluice.v1.PushAck} [response] PushAck
             */

            /**
             * Calls Stream.
             * @memberof sluice.v1.Ingest
             * @typedef Stream
             * @type {{
             *   (request: sluice.v1.IMetricBatch, callback: sluice.v1.Ingest.StreamCallback): void;
             *   (request: sluice.v1.IMetricBatch): Promise<sluice.v1.PushAck>;
             *   readonly name: "Stream";
             *   readonly path: "/sluice.v1.Ingest/Stream";
             *   readonly requestType: "MetricBatch";
             *   readonly responseType: "PushAck";
             *   readonly requestStream: true;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls Stream.
             * @name sluice.v1.Ingest#stream
             * @type {sluice.v1.Ingest.Stream}
             */
            $Object.defineProperties(Ingest.prototype.stream = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Ingest.prototype.stream, $root.sluice.v1.MetricBatch, $root.sluice.v1.PushAck, request, callback);
            }, {
                name: { value: "Stream" },
                path: { value: "/sluice.v1.Ingest/Stream" },
                requestType: { value: "MetricBatch" },
                responseType: { value: "PushAck" },
                requestStream: { value: true },
                responseStream: { value: true }
            });

            return Ingest;
        })();

        /**
         * MetricKind enum.
         * @name sluice.v1.MetricKind
         * @enum {number}
         * @property {number} GAUGE=0 GAUGE value
         * @property {number} COUNTER=1 COUNTER value
         * @property {number} HISTOGRAM=2 HISTOGRAM value
         */
        v1.MetricKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "GAUGE"] = 0;
            values[valuesById[1] = "COUNTER"] = 1;
            values[valuesById[2] = "HISTOGRAM"] = 2;
            return values;
        })();

        v1.Label = (function() {

            /**
             * Properties of a Label.
             * @typedef {Object} sluice.v1.Label.$Properties
             * @property {string|null} [key] Label key
             * @property {string|null} [value] Label value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Label.
             * @memberof sluice.v1
             * @interface ILabel
             * @augments sluice.v1.Label.$Properties
             * @deprecated Use sluice.v1.Label.$Properties instead.
             */

            /**
             * Shape of a Label.
             * @typedef {sluice.v1.Label.$Properties} sluice.v1.Label.$Shape
             */

            /**
             * Constructs a new Label.
             * @memberof sluice.v1
             * @classdesc Represents a Label.
             * @constructor
             * @param {sluice.v1.Label.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Label = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Label key.
             * @member {string} key
             * @memberof sluice.v1.Label
             * @instance
             */
            Label.prototype.key = "";

            /**
             * Label value.
             * @member {string} value
             * @memberof sluice.v1.Label
             * @instance
             */
            Label.prototype.value = "";

            /**
             * Creates a new Label instance using the specified properties.
             * @function create
             * @memberof sluice.v1.Label
             * @static
             * @param {sluice.v1.Label.$Properties=} [properties] Properties to set
             * @returns {sluice.v1.Label} Label instance
             * @type {{
             *   (properties: sluice.v1.Label.$Shape): sluice.v1.Label & sluice.v1.Label.$Shape;
             *   (properties?: sluice.v1.Label.$Properties): sluice.v1.Label;
             * }}
             */
            Label.create = function(properties) {
                return new Label(properties);
            };

            /**
             * Encodes the specified Label message. Does not implicitly {@link sluice.v1.Label.verify|verify} messages.
             * @function encode
             * @memberof sluice.v1.Label
             * @static
             * @param {sluice.v1.Label.$Properties} message Label message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Label.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Label message, length delimited. Does not implicitly {@link sluice.v1.Label.verify|verify} messages.
             * @function encodeDelimited
             * @memberof sluice.v1.Label
             * @static
             * @param {sluice.v1.Label.$Properties} message Label message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Label.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Label message from the specified reader or buffer.
             * @function decode
             * @memberof sluice.v1.Label
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sluice.v1.Label & sluice.v1.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Label.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sluice.v1.Label();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Label message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof sluice.v1.Label
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {sluice.v1.Label & sluice.v1.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Label.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Label message.
             * @function verify
             * @memberof sluice.v1.Label
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Label.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (!$util.isString(message.key))
                        return "key: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isString(message.value))
                        return "value: string expected";
                return null;
            };

            /**
             * Creates a Label message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sluice.v1.Label
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sluice.v1.Label} Label
             */
            Label.fromObject = function (object, _depth) {
                if (object instanceof $root.sluice.v1.Label)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sluice.v1.Label: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sluice.v1.Label();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            /**
             * Creates a plain object from a Label message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sluice.v1.Label
             * @static
             * @param {sluice.v1.Label} message Label
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Label.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    object.value = "";
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this Label to JSON.
             * @function toJSON
             * @memberof sluice.v1.Label
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Label.prototype.toJSON = function() {
                return Label.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Label
             * @function getTypeUrl
             * @memberof sluice.v1.Label
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Label.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sluice.v1.Label";
            };

            return Label;
        })();

        v1.Metric = (function() {

            /**
             * Properties of a Metric.
             * @typedef {Object} sluice.v1.Metric.$Properties
             * @property {string|null} [name] Metric name
             * @property {Array.<sluice.v1.Label.$Properties>|null} [labels] Metric labels
             * @property {number|null} [value] Metric value
             * @property {number|null} [timestampMs] Metric timestampMs
             * @property {sluice.v1.MetricKind|null} [kind] Metric kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Metric.
             * @memberof sluice.v1
             * @interface IMetric
             * @augments sluice.v1.Metric.$Properties
             * @deprecated Use sluice.v1.Metric.$Properties instead.
             */

            /**
             * Shape of a Metric.
             * @typedef {sluice.v1.Metric.$Properties} sluice.v1.Metric.$Shape
             */

            /**
             * Constructs a new Metric.
             * @memberof sluice.v1
             * @classdesc Represents a Metric.
             * @constructor
             * @param {sluice.v1.Metric.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Metric = function (properties) {
                this.labels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Metric name.
             * @member {string} name
             * @memberof sluice.v1.Metric
             * @instance
             */
            Metric.prototype.name = "";

            /**
             * Metric labels.
             * @member {Array.<sluice.v1.Label.$Properties>} labels
             * @memberof sluice.v1.Metric
             * @instance
             */
            Metric.prototype.labels = $util.emptyArray;

            /**
             * Metric value.
             * @member {number} value
             * @memberof sluice.v1.Metric
             * @instance
             */
            Metric.prototype.value = 0;

            /**
             * Metric timestampMs.
             * @member {number} timestampMs
             * @memberof sluice.v1.Metric
             * @instance
             */
            Metric.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Metric kind.
             * @member {sluice.v1.MetricKind} kind
             * @memberof sluice.v1.Metric
             * @instance
             */
            Metric.prototype.kind = 0;

            /**
             * Creates a new Metric instance using the specified properties.
             * @function create
             * @memberof sluice.v1.Metric
             * @static
             * @param {sluice.v1.Metric.$Properties=} [properties] Properties to set
             * @returns {sluice.v1.Metric} Metric instance
             * @type {{
             *   (properties: sluice.v1.Metric.$Shape): sluice.v1.Metric & sluice.v1.Metric.$Shape;
             *   (properties?: sluice.v1.Metric.$Properties): sluice.v1.Metric;
             * }}
             */
            Metric.create = function(properties) {
                return new Metric(properties);
            };

            /**
             * Encodes the specified Metric message. Does not implicitly {@link sluice.v1.Metric.verify|verify} messages.
             * @function encode
             * @memberof sluice.v1.Metric
             * @static
             * @param {sluice.v1.Metric.$Properties} message Metric message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Metric.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.labels != null && message.labels.length)
                    for (let i = 0; i < message.labels.length; ++i)
                        $root.sluice.v1.Label.encode(message.labels[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.value);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timestampMs);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Metric message, length delimited. Does not implicitly {@link sluice.v1.Metric.verify|verify} messages.
             * @function encodeDelimited
             * @memberof sluice.v1.Metric
             * @static
             * @param {sluice.v1.Metric.$Properties} message Metric message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Metric.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Metric message from the specified reader or buffer.
             * @function decode
             * @memberof sluice.v1.Metric
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sluice.v1.Metric & sluice.v1.Metric.$Shape} Metric
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Metric.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sluice.v1.Metric();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labels && message.labels.length))
                                message.labels = [];
                            message.labels.push($root.sluice.v1.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Metric message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof sluice.v1.Metric
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {sluice.v1.Metric & sluice.v1.Metric.$Shape} Metric
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Metric.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Metric message.
             * @function verify
             * @memberof sluice.v1.Metric
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Metric.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$Array.isArray(message.labels))
                        return "labels: array expected";
                    for (let i = 0; i < message.labels.length; ++i) {
                        let error = $root.sluice.v1.Label.verify(message.labels[i], _depth + 1);
                        if (error)
                            return "labels." + error;
                    }
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof message.value !== "number")
                        return "value: number expected";
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (!$util.isInteger(message.timestampMs) && !(message.timestampMs && $util.isInteger(message.timestampMs.low) && $util.isInteger(message.timestampMs.high)))
                        return "timestampMs: integer|Long expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                return null;
            };

            /**
             * Creates a Metric message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sluice.v1.Metric
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sluice.v1.Metric} Metric
             */
            Metric.fromObject = function (object, _depth) {
                if (object instanceof $root.sluice.v1.Metric)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sluice.v1.Metric: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sluice.v1.Metric();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.labels) {
                    if (!$Array.isArray(object.labels))
                        throw $TypeError(".sluice.v1.Metric.labels: array expected");
                    message.labels = $Array(object.labels.length);
                    for (let i = 0; i < object.labels.length; ++i) {
                        if (!$util.isObject(object.labels[i]))
                            throw $TypeError(".sluice.v1.Metric.labels: object expected");
                        message.labels[i] = $root.sluice.v1.Label.fromObject(object.labels[i], _depth + 1);
                    }
                }
                if (object.value != null)
                    if (!$Object.is($Number(object.value), 0))
                        message.value = $Number(object.value);
                if (object.timestampMs != null)
                    if (typeof object.timestampMs === "object" ? object.timestampMs.low || object.timestampMs.high : $Number(object.timestampMs) !== 0)
                        if ($util.Long)
                            message.timestampMs = $util.Long.fromValue(object.timestampMs, false);
                        else if (typeof object.timestampMs === "string")
                            message.timestampMs = $parseInt(object.timestampMs, 10);
                        else if (typeof object.timestampMs === "number")
                            message.timestampMs = object.timestampMs;
                        else if (typeof object.timestampMs === "object")
                            message.timestampMs = new $util.LongBits(object.timestampMs.low >>> 0, object.timestampMs.high >>> 0).toNumber();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.sluice.v1.MetricKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "GAUGE":
                    case 0:
                        message.kind = 0;
                        break;
                    case "COUNTER":
                    case 1:
                        message.kind = 1;
                        break;
                    case "HISTOGRAM":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                return message;
            };

            /**
             * Creates a plain object from a Metric message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sluice.v1.Metric
             * @static
             * @param {sluice.v1.Metric} message Metric
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Metric.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.labels = [];
                if (options.defaults) {
                    object.name = "";
                    object.value = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.kind = options.enums === $String ? "GAUGE" : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.labels && message.labels.length) {
                    object.labels = $Array(message.labels.length);
                    for (let j = 0; j < message.labels.length; ++j)
                        object.labels[j] = $root.sluice.v1.Label.toObject(message.labels[j], options, _depth + 1);
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestampMs = typeof message.timestampMs === "number" ? $BigInt(message.timestampMs) : $util.Long.fromBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timestampMs === "number")
                        object.timestampMs = options.longs === $String ? $String(message.timestampMs) : message.timestampMs;
                    else
                        object.timestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timestampMs) : options.longs === $Number ? new $util.LongBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0).toNumber() : message.timestampMs;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.sluice.v1.MetricKind[message.kind] === $undefined ? message.kind : $root.sluice.v1.MetricKind[message.kind] : message.kind;
                return object;
            };

            /**
             * Converts this Metric to JSON.
             * @function toJSON
             * @memberof sluice.v1.Metric
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Metric.prototype.toJSON = function() {
                return Metric.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Metric
             * @function getTypeUrl
             * @memberof sluice.v1.Metric
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Metric.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sluice.v1.Metric";
            };

            return Metric;
        })();

        v1.MetricBatch = (function() {

            /**
             * Properties of a MetricBatch.
             * @typedef {Object} sluice.v1.MetricBatch.$Properties
             * @property {Array.<sluice.v1.Metric.$Properties>|null} [metrics] MetricBatch metrics
             * @property {number|null} [sequence] MetricBatch sequence
             * @property {string|null} [producerId] MetricBatch producerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetricBatch.
             * @memberof sluice.v1
             * @interface IMetricBatch
             * @augments sluice.v1.MetricBatch.$Properties
             * @deprecated Use sluice.v1.MetricBatch.$Properties instead.
             */

            /**
             * Shape of a MetricBatch.
             * @typedef {sluice.v1.MetricBatch.$Properties} sluice.v1.MetricBatch.$Shape
             */

            /**
             * Constructs a new MetricBatch.
             * @memberof sluice.v1
             * @classdesc Represents a MetricBatch.
             * @constructor
             * @param {sluice.v1.MetricBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetricBatch = function (properties) {
                this.metrics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetricBatch metrics.
             * @member {Array.<sluice.v1.Metric.$Properties>} metrics
             * @memberof sluice.v1.MetricBatch
             * @instance
             */
            MetricBatch.prototype.metrics = $util.emptyArray;

            /**
             * MetricBatch sequence.
             * @member {number} sequence
             * @memberof sluice.v1.MetricBatch
             * @instance
             */
            MetricBatch.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MetricBatch producerId.
             * @member {string} producerId
             * @memberof sluice.v1.MetricBatch
             * @instance
             */
            MetricBatch.prototype.producerId = "";

            /**
             * Creates a new MetricBatch instance using the specified properties.
             * @function create
             * @memberof sluice.v1.MetricBatch
             * @static
             * @param {sluice.v1.MetricBatch.$Properties=} [properties] Properties to set
             * @returns {sluice.v1.MetricBatch} MetricBatch instance
             * @type {{
             *   (properties: sluice.v1.MetricBatch.$Shape): sluice.v1.MetricBatch & sluice.v1.MetricBatch.$Shape;
             *   (properties?: sluice.v1.MetricBatch.$Properties): sluice.v1.MetricBatch;
             * }}
             */
            MetricBatch.create = function(properties) {
                return new MetricBatch(properties);
            };

            /**
             * Encodes the specified MetricBatch message. Does not implicitly {@link sluice.v1.MetricBatch.verify|verify} messages.
             * @function encode
             * @memberof sluice.v1.MetricBatch
             * @static
             * @param {sluice.v1.MetricBatch.$Properties} message MetricBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetricBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.metrics != null && message.metrics.length)
                    for (let i = 0; i < message.metrics.length; ++i)
                        $root.sluice.v1.Metric.encode(message.metrics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sequence);
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && message.producerId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.producerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MetricBatch message, length delimited. Does not implicitly {@link sluice.v1.MetricBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof sluice.v1.MetricBatch
             * @static
             * @param {sluice.v1.MetricBatch.$Properties} message MetricBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetricBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MetricBatch message from the specified reader or buffer.
             * @function decode
             * @memberof sluice.v1.MetricBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sluice.v1.MetricBatch & sluice.v1.MetricBatch.$Shape} MetricBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetricBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sluice.v1.MetricBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.metrics && message.metrics.length))
                                message.metrics = [];
                            message.metrics.push($root.sluice.v1.Metric.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MetricBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof sluice.v1.MetricBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {sluice.v1.MetricBatch & sluice.v1.MetricBatch.$Shape} MetricBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetricBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MetricBatch message.
             * @function verify
             * @memberof sluice.v1.MetricBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MetricBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics")) {
                    if (!$Array.isArray(message.metrics))
                        return "metrics: array expected";
                    for (let i = 0; i < message.metrics.length; ++i) {
                        let error = $root.sluice.v1.Metric.verify(message.metrics[i], _depth + 1);
                        if (error)
                            return "metrics." + error;
                    }
                }
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                        return "sequence: integer|Long expected";
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId"))
                    if (!$util.isString(message.producerId))
                        return "producerId: string expected";
                return null;
            };

            /**
             * Creates a MetricBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sluice.v1.MetricBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sluice.v1.MetricBatch} MetricBatch
             */
            MetricBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.sluice.v1.MetricBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sluice.v1.MetricBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sluice.v1.MetricBatch();
                if (object.metrics) {
                    if (!$Array.isArray(object.metrics))
                        throw $TypeError(".sluice.v1.MetricBatch.metrics: array expected");
                    message.metrics = $Array(object.metrics.length);
                    for (let i = 0; i < object.metrics.length; ++i) {
                        if (!$util.isObject(object.metrics[i]))
                            throw $TypeError(".sluice.v1.MetricBatch.metrics: object expected");
                        message.metrics[i] = $root.sluice.v1.Metric.fromObject(object.metrics[i], _depth + 1);
                    }
                }
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.producerId != null)
                    if (typeof object.producerId !== "string" || object.producerId.length)
                        message.producerId = $String(object.producerId);
                return message;
            };

            /**
             * Creates a plain object from a MetricBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sluice.v1.MetricBatch
             * @static
             * @param {sluice.v1.MetricBatch} message MetricBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MetricBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.metrics = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.producerId = "";
                }
                if (message.metrics && message.metrics.length) {
                    object.metrics = $Array(message.metrics.length);
                    for (let j = 0; j < message.metrics.length; ++j)
                        object.metrics[j] = $root.sluice.v1.Metric.toObject(message.metrics[j], options, _depth + 1);
                }
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId"))
                    object.producerId = message.producerId;
                return object;
            };

            /**
             * Converts this MetricBatch to JSON.
             * @function toJSON
             * @memberof sluice.v1.MetricBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MetricBatch.prototype.toJSON = function() {
                return MetricBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MetricBatch
             * @function getTypeUrl
             * @memberof sluice.v1.MetricBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MetricBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sluice.v1.MetricBatch";
            };

            return MetricBatch;
        })();

        v1.PushAck = (function() {

            /**
             * Properties of a PushAck.
             * @typedef {Object} sluice.v1.PushAck.$Properties
             * @property {number|null} [sequence] PushAck sequence
             * @property {number|null} [accepted] PushAck accepted
             * @property {number|null} [rejected] PushAck rejected
             * @property {Array.<sluice.v1.Rejection.$Properties>|null} [rejections] PushAck rejections
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PushAck.
             * @memberof sluice.v1
             * @interface IPushAck
             * @augments sluice.v1.PushAck.$Properties
             * @deprecated Use sluice.v1.PushAck.$Properties instead.
             */

            /**
             * Shape of a PushAck.
             * @typedef {sluice.v1.PushAck.$Properties} sluice.v1.PushAck.$Shape
             */

            /**
             * Constructs a new PushAck.
             * @memberof sluice.v1
             * @classdesc Represents a PushAck.
             * @constructor
             * @param {sluice.v1.PushAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PushAck = function (properties) {
                this.rejections = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PushAck sequence.
             * @member {number} sequence
             * @memberof sluice.v1.PushAck
             * @instance
             */
            PushAck.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PushAck accepted.
             * @member {number} accepted
             * @memberof sluice.v1.PushAck
             * @instance
             */
            PushAck.prototype.accepted = 0;

            /**
             * PushAck rejected.
             * @member {number} rejected
             * @memberof sluice.v1.PushAck
             * @instance
             */
            PushAck.prototype.rejected = 0;

            /**
             * PushAck rejections.
             * @member {Array.<sluice.v1.Rejection.$Properties>} rejections
             * @memberof sluice.v1.PushAck
             * @instance
             */
            PushAck.prototype.rejections = $util.emptyArray;

            /**
             * Creates a new PushAck instance using the specified properties.
             * @function create
             * @memberof sluice.v1.PushAck
             * @static
             * @param {sluice.v1.PushAck.$Properties=} [properties] Properties to set
             * @returns {sluice.v1.PushAck} PushAck instance
             * @type {{
             *   (properties: sluice.v1.PushAck.$Shape): sluice.v1.PushAck & sluice.v1.PushAck.$Shape;
             *   (properties?: sluice.v1.PushAck.$Properties): sluice.v1.PushAck;
             * }}
             */
            PushAck.create = function(properties) {
                return new PushAck(properties);
            };

            /**
             * Encodes the specified PushAck message. Does not implicitly {@link sluice.v1.PushAck.verify|verify} messages.
             * @function encode
             * @memberof sluice.v1.PushAck
             * @static
             * @param {sluice.v1.PushAck.$Properties} message PushAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PushAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sequence);
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.accepted);
                if (message.rejected != null && $Object.hasOwnProperty.call(message, "rejected") && message.rejected !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.rejected);
                if (message.rejections != null && message.rejections.length)
                    for (let i = 0; i < message.rejections.length; ++i)
                        $root.sluice.v1.Rejection.encode(message.rejections[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PushAck message, length delimited. Does not implicitly {@link sluice.v1.PushAck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof sluice.v1.PushAck
             * @static
             * @param {sluice.v1.PushAck.$Properties} message PushAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PushAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PushAck message from the specified reader or buffer.
             * @function decode
             * @memberof sluice.v1.PushAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sluice.v1.PushAck & sluice.v1.PushAck.$Shape} PushAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PushAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sluice.v1.PushAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.accepted = value;
                            else
                                delete message.accepted;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rejected = value;
                            else
                                delete message.rejected;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rejections && message.rejections.length))
                                message.rejections = [];
                            message.rejections.push($root.sluice.v1.Rejection.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PushAck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof sluice.v1.PushAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {sluice.v1.PushAck & sluice.v1.PushAck.$Shape} PushAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PushAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PushAck message.
             * @function verify
             * @memberof sluice.v1.PushAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PushAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                        return "sequence: integer|Long expected";
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    if (!$util.isInteger(message.accepted))
                        return "accepted: integer expected";
                if (message.rejected != null && $Object.hasOwnProperty.call(message, "rejected"))
                    if (!$util.isInteger(message.rejected))
                        return "rejected: integer expected";
                if (message.rejections != null && $Object.hasOwnProperty.call(message, "rejections")) {
                    if (!$Array.isArray(message.rejections))
                        return "rejections: array expected";
                    for (let i = 0; i < message.rejections.length; ++i) {
                        let error = $root.sluice.v1.Rejection.verify(message.rejections[i], _depth + 1);
                        if (error)
                            return "rejections." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a PushAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sluice.v1.PushAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sluice.v1.PushAck} PushAck
             */
            PushAck.fromObject = function (object, _depth) {
                if (object instanceof $root.sluice.v1.PushAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sluice.v1.PushAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sluice.v1.PushAck();
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.accepted != null)
                    if ($Number(object.accepted) !== 0)
                        message.accepted = object.accepted >>> 0;
                if (object.rejected != null)
                    if ($Number(object.rejected) !== 0)
                        message.rejected = object.rejected >>> 0;
                if (object.rejections) {
                    if (!$Array.isArray(object.rejections))
                        throw $TypeError(".sluice.v1.PushAck.rejections: array expected");
                    message.rejections = $Array(object.rejections.length);
                    for (let i = 0; i < object.rejections.length; ++i) {
                        if (!$util.isObject(object.rejections[i]))
                            throw $TypeError(".sluice.v1.PushAck.rejections: object expected");
                        message.rejections[i] = $root.sluice.v1.Rejection.fromObject(object.rejections[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PushAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sluice.v1.PushAck
             * @static
             * @param {sluice.v1.PushAck} message PushAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PushAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.rejections = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.accepted = 0;
                    object.rejected = 0;
                }
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    object.accepted = message.accepted;
                if (message.rejected != null && $Object.hasOwnProperty.call(message, "rejected"))
                    object.rejected = message.rejected;
                if (message.rejections && message.rejections.length) {
                    object.rejections = $Array(message.rejections.length);
                    for (let j = 0; j < message.rejections.length; ++j)
                        object.rejections[j] = $root.sluice.v1.Rejection.toObject(message.rejections[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this PushAck to JSON.
             * @function toJSON
             * @memberof sluice.v1.PushAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PushAck.prototype.toJSON = function() {
                return PushAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PushAck
             * @function getTypeUrl
             * @memberof sluice.v1.PushAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PushAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sluice.v1.PushAck";
            };

            return PushAck;
        })();

        v1.Rejection = (function() {

            /**
             * Properties of a Rejection.
             * @typedef {Object} sluice.v1.Rejection.$Properties
             * @property {number|null} [index] Rejection index
             * @property {string|null} [reason] Rejection reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Rejection.
             * @memberof sluice.v1
             * @interface IRejection
             * @augments sluice.v1.Rejection.$Properties
             * @deprecated Use sluice.v1.Rejection.$Properties instead.
             */

            /**
             * Shape of a Rejection.
             * @typedef {sluice.v1.Rejection.$Properties} sluice.v1.Rejection.$Shape
             */

            /**
             * Constructs a new Rejection.
             * @memberof sluice.v1
             * @classdesc Represents a Rejection.
             * @constructor
             * @param {sluice.v1.Rejection.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Rejection = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Rejection index.
             * @member {number} index
             * @memberof sluice.v1.Rejection
             * @instance
             */
            Rejection.prototype.index = 0;

            /**
             * Rejection reason.
             * @member {string} reason
             * @memberof sluice.v1.Rejection
             * @instance
             */
            Rejection.prototype.reason = "";

            /**
             * Creates a new Rejection instance using the specified properties.
             * @function create
             * @memberof sluice.v1.Rejection
             * @static
             * @param {sluice.v1.Rejection.$Properties=} [properties] Properties to set
             * @returns {sluice.v1.Rejection} Rejection instance
             * @type {{
             *   (properties: sluice.v1.Rejection.$Shape): sluice.v1.Rejection & sluice.v1.Rejection.$Shape;
             *   (properties?: sluice.v1.Rejection.$Properties): sluice.v1.Rejection;
             * }}
             */
            Rejection.create = function(properties) {
                return new Rejection(properties);
            };

            /**
             * Encodes the specified Rejection message. Does not implicitly {@link sluice.v1.Rejection.verify|verify} messages.
             * @function encode
             * @memberof sluice.v1.Rejection
             * @static
             * @param {sluice.v1.Rejection.$Properties} message Rejection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rejection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Rejection message, length delimited. Does not implicitly {@link sluice.v1.Rejection.verify|verify} messages.
             * @function encodeDelimited
             * @memberof sluice.v1.Rejection
             * @static
             * @param {sluice.v1.Rejection.$Properties} message Rejection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rejection.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Rejection message from the specified reader or buffer.
             * @function decode
             * @memberof sluice.v1.Rejection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sluice.v1.Rejection & sluice.v1.Rejection.$Shape} Rejection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rejection.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sluice.v1.Rejection();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Rejection message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof sluice.v1.Rejection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {sluice.v1.Rejection & sluice.v1.Rejection.$Shape} Rejection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rejection.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Rejection message.
             * @function verify
             * @memberof sluice.v1.Rejection
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Rejection.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a Rejection message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sluice.v1.Rejection
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sluice.v1.Rejection} Rejection
             */
            Rejection.fromObject = function (object, _depth) {
                if (object instanceof $root.sluice.v1.Rejection)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sluice.v1.Rejection: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sluice.v1.Rejection();
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a Rejection message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sluice.v1.Rejection
             * @static
             * @param {sluice.v1.Rejection} message Rejection
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Rejection.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.index = 0;
                    object.reason = "";
                }
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Rejection to JSON.
             * @function toJSON
             * @memberof sluice.v1.Rejection
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Rejection.prototype.toJSON = function() {
                return Rejection.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Rejection
             * @function getTypeUrl
             * @memberof sluice.v1.Rejection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Rejection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sluice.v1.Rejection";
            };

            return Rejection;
        })();

        return v1;
    })();

    return sluice;
})();

export {
  $root as default
};
