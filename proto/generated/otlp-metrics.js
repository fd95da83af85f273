/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const opentelemetry = $root.opentelemetry = (() => {

    /**
     * Namespace opentelemetry.
     * @exports opentelemetry
     * @namespace
     */
    const opentelemetry = {};

    opentelemetry.proto = (function() {

        /**
         * Namespace proto.
         * @memberof opentelemetry
         * @namespace
         */
        const proto = {};

        proto.collector = (function() {

            /**
             * Namespace collector.
             * @memberof opentelemetry.proto
             * @namespace
             */
            const collector = {};

            collector.metrics = (function() {

                /**
                 * Namespace metrics.
                 * @memberof opentelemetry.proto.collector
                 * @namespace
                 */
                const metrics = {};

                metrics.v1 = (function() {

                    /**
                     * Namespace v1.
                     * @memberof opentelemetry.proto.collector.metrics
                     * @namespace
                     */
                    const v1 = {};

                    v1.MetricsService = (function() {

                        /**
                         * Constructs a new MetricsService service.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a MetricsService
                         * @extends $protobuf.rpc.Service
                         * @constructor
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         */
                        const MetricsService = function(rpcImpl, requestDelimited, responseDelimited) {
                            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                        };

                        $Object.defineProperty(MetricsService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: MetricsService, writable: true, enumerable: false, configurable: true });

                        /**
                         * Creates new MetricsService service using the specified rpc implementation.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.MetricsService
                         * @static
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         * @returns {MetricsService} RPC service. Useful where requests and/or responses are streamed.
                         */
                        MetricsService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                            return new this(rpcImpl, requestDelimited, responseDelimited);
                        };

                        /**
                         * Callback as used by {@link opentelemetry.proto.collector.metrics.v1.MetricsService#export_}.
                         * @memberof opentelemetry.proto.collector.metrics.v1.MetricsService
                         * @typedef ExportCallback
                         * @type {function}
                         * @param {Error|null} error Error, if any
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse} [response] ExportMetricsServiceResponse
                         */

                        /**
                         * Calls Export.
                         * @memberof opentelemetry.proto.collector.metrics.v1.MetricsService
                         * @typedef Export
                         * @type {{
                         *   (request: opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceRequest, callback: opentelemetry.proto.collector.metrics.v1.MetricsService.ExportCallback): void;
                         *   (request: opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceRequest): Promise<opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse>;
                         *   readonly name: "Export";
                         *   readonly path: "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export";
                         *   readonly requestType: "ExportMetricsServiceRequest";
                         *   readonly responseType: "ExportMetricsServiceResponse";
                         *   readonly requestStream: undefined;
                         *   readonly responseStream: undefined;
                         * }}
                         */

                        /**
                         * Calls Export.
                         * @name opentelemetry.proto.collector.metrics.v1.MetricsService#export
                         * @type {opentelemetry.proto.collector.metrics.v1.MetricsService.Export}
                         */
                        $Object.defineProperties(MetricsService.prototype["export"] = function(request, callback) {
                            return $protobuf.rpc.Service.prototype.rpcCall.call(this, MetricsService.prototype["export"], $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest, $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse, request, callback);
                        }, {
                            name: { value: "Export" },
                            path: { value: "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export" },
                            requestType: { value: "ExportMetricsServiceRequest" },
                            responseType: { value: "ExportMetricsServiceResponse" },
                            requestStream: { value: $undefined },
                            responseStream: { value: $undefined }
                        });

                        return MetricsService;
                    })();

                    v1.ExportMetricsServiceRequest = (function() {

                        /**
                         * Properties of an ExportMetricsServiceRequest.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Properties>|null} [resourceMetrics] ExportMetricsServiceRequest resourceMetrics
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportMetricsServiceRequest.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IExportMetricsServiceRequest
                         * @augments opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties instead.
                         */

                        /**
                         * Shape of an ExportMetricsServiceRequest.
                         * @typedef {{
                         *   resourceMetrics?: Array.<opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Shape>|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Shape
                         */

                        /**
                         * Constructs a new ExportMetricsServiceRequest.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents an ExportMetricsServiceRequest.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ExportMetricsServiceRequest = function (properties) {
                            this.resourceMetrics = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * ExportMetricsServiceRequest resourceMetrics.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Properties>} resourceMetrics
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest
                         * @instance
                         */
                        ExportMetricsServiceRequest.prototype.resourceMetrics = $util.emptyArray;

                        /**
                         * Creates a new ExportMetricsServiceRequest instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest} ExportMetricsServiceRequest instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Shape): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
                         * }}
                         */
                        ExportMetricsServiceRequest.create = function(properties) {
                            return new ExportMetricsServiceRequest(properties);
                        };

                        /**
                         * Encodes the specified ExportMetricsServiceRequest message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties} message ExportMetricsServiceRequest message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportMetricsServiceRequest.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.resourceMetrics != null && message.resourceMetrics.length)
                                for (let i = 0; i < message.resourceMetrics.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.ResourceMetrics.encode(message.resourceMetrics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified ExportMetricsServiceRequest message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties} message ExportMetricsServiceRequest message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportMetricsServiceRequest.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExportMetricsServiceRequest message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Shape} ExportMetricsServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportMetricsServiceRequest.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest();
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
                                        if (!(message.resourceMetrics && message.resourceMetrics.length))
                                            message.resourceMetrics = [];
                                        message.resourceMetrics.push($root.opentelemetry.proto.collector.metrics.v1.ResourceMetrics.decode(reader, reader.size(), $undefined, _depth + 1));
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
                         * Decodes an ExportMetricsServiceRequest message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Shape} ExportMetricsServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportMetricsServiceRequest.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExportMetricsServiceRequest message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportMetricsServiceRequest.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.resourceMetrics != null && $Object.hasOwnProperty.call(message, "resourceMetrics")) {
                                if (!$Array.isArray(message.resourceMetrics))
                                    return "resourceMetrics: array expected";
                                for (let i = 0; i < message.resourceMetrics.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.ResourceMetrics.verify(message.resourceMetrics[i], _depth + 1);
                                    if (error)
                                        return "resourceMetrics." + error;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates an ExportMetricsServiceRequest message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest} ExportMetricsServiceRequest
                         */
                        ExportMetricsServiceRequest.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest();
                            if (object.resourceMetrics) {
                                if (!$Array.isArray(object.resourceMetrics))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.resourceMetrics: array expected");
                                message.resourceMetrics = $Array(object.resourceMetrics.length);
                                for (let i = 0; i < object.resourceMetrics.length; ++i) {
                                    if (!$util.isObject(object.resourceMetrics[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.resourceMetrics: object expected");
                                    message.resourceMetrics[i] = $root.opentelemetry.proto.collector.metrics.v1.ResourceMetrics.fromObject(object.resourceMetrics[i], _depth + 1);
                                }
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from an ExportMetricsServiceRequest message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest} message ExportMetricsServiceRequest
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportMetricsServiceRequest.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.resourceMetrics = [];
                            if (message.resourceMetrics && message.resourceMetrics.length) {
                                object.resourceMetrics = $Array(message.resourceMetrics.length);
                                for (let j = 0; j < message.resourceMetrics.length; ++j)
                                    object.resourceMetrics[j] = $root.opentelemetry.proto.collector.metrics.v1.ResourceMetrics.toObject(message.resourceMetrics[j], options, _depth + 1);
                            }
                            return object;
                        };

                        /**
                         * Converts this ExportMetricsServiceRequest to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportMetricsServiceRequest.prototype.toJSON = function() {
                            return ExportMetricsServiceRequest.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportMetricsServiceRequest
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportMetricsServiceRequest.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest";
                        };

                        return ExportMetricsServiceRequest;
                    })();

                    v1.ExportMetricsServiceResponse = (function() {

                        /**
                         * Properties of an ExportMetricsServiceResponse.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties
                         * @property {opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties|null} [partialSuccess] ExportMetricsServiceResponse partialSuccess
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportMetricsServiceResponse.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IExportMetricsServiceResponse
                         * @augments opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties instead.
                         */

                        /**
                         * Shape of an ExportMetricsServiceResponse.
                         * @typedef {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties} opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Shape
                         */

                        /**
                         * Constructs a new ExportMetricsServiceResponse.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents an ExportMetricsServiceResponse.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ExportMetricsServiceResponse = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * ExportMetricsServiceResponse partialSuccess.
                         * @member {opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties|null|undefined} partialSuccess
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse
                         * @instance
                         */
                        ExportMetricsServiceResponse.prototype.partialSuccess = null;

                        /**
                         * Creates a new ExportMetricsServiceResponse instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse} ExportMetricsServiceResponse instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Shape): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
                         * }}
                         */
                        ExportMetricsServiceResponse.create = function(properties) {
                            return new ExportMetricsServiceResponse(properties);
                        };

                        /**
                         * Encodes the specified ExportMetricsServiceResponse message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties} message ExportMetricsServiceResponse message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportMetricsServiceResponse.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.partialSuccess != null && $Object.hasOwnProperty.call(message, "partialSuccess"))
                                $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.encode(message.partialSuccess, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified ExportMetricsServiceResponse message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties} message ExportMetricsServiceResponse message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportMetricsServiceResponse.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExportMetricsServiceResponse message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Shape} ExportMetricsServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportMetricsServiceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse();
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
                                        message.partialSuccess = $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.decode(reader, reader.size(), $undefined, _depth + 1, message.partialSuccess);
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
                         * Decodes an ExportMetricsServiceResponse message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Shape} ExportMetricsServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportMetricsServiceResponse.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExportMetricsServiceResponse message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportMetricsServiceResponse.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.partialSuccess != null && $Object.hasOwnProperty.call(message, "partialSuccess")) {
                                let error = $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.verify(message.partialSuccess, _depth + 1);
                                if (error)
                                    return "partialSuccess." + error;
                            }
                            return null;
                        };

                        /**
                         * Creates an ExportMetricsServiceResponse message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse} ExportMetricsServiceResponse
                         */
                        ExportMetricsServiceResponse.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse();
                            if (object.partialSuccess != null) {
                                if (!$util.isObject(object.partialSuccess))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.partialSuccess: object expected");
                                message.partialSuccess = $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.fromObject(object.partialSuccess, _depth + 1);
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from an ExportMetricsServiceResponse message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse} message ExportMetricsServiceResponse
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportMetricsServiceResponse.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.defaults)
                                object.partialSuccess = null;
                            if (message.partialSuccess != null && $Object.hasOwnProperty.call(message, "partialSuccess"))
                                object.partialSuccess = $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.toObject(message.partialSuccess, options, _depth + 1);
                            return object;
                        };

                        /**
                         * Converts this ExportMetricsServiceResponse to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportMetricsServiceResponse.prototype.toJSON = function() {
                            return ExportMetricsServiceResponse.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportMetricsServiceResponse
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportMetricsServiceResponse.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse";
                        };

                        return ExportMetricsServiceResponse;
                    })();

                    v1.ExportMetricsPartialSuccess = (function() {

                        /**
                         * Properties of an ExportMetricsPartialSuccess.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties
                         * @property {number|null} [rejectedDataPoints] ExportMetricsPartialSuccess rejectedDataPoints
                         * @property {string|null} [errorMessage] ExportMetricsPartialSuccess errorMessage
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportMetricsPartialSuccess.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IExportMetricsPartialSuccess
                         * @augments opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties instead.
                         */

                        /**
                         * Shape of an ExportMetricsPartialSuccess.
                         * @typedef {opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties} opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Shape
                         */

                        /**
                         * Constructs a new ExportMetricsPartialSuccess.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents an ExportMetricsPartialSuccess.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ExportMetricsPartialSuccess = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * ExportMetricsPartialSuccess rejectedDataPoints.
                         * @member {number} rejectedDataPoints
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess
                         * @instance
                         */
                        ExportMetricsPartialSuccess.prototype.rejectedDataPoints = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                        /**
                         * ExportMetricsPartialSuccess errorMessage.
                         * @member {string} errorMessage
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess
                         * @instance
                         */
                        ExportMetricsPartialSuccess.prototype.errorMessage = "";

                        /**
                         * Creates a new ExportMetricsPartialSuccess instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess} ExportMetricsPartialSuccess instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Shape): opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess & opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties): opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess;
                         * }}
                         */
                        ExportMetricsPartialSuccess.create = function(properties) {
                            return new ExportMetricsPartialSuccess(properties);
                        };

                        /**
                         * Encodes the specified ExportMetricsPartialSuccess message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties} message ExportMetricsPartialSuccess message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportMetricsPartialSuccess.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.rejectedDataPoints != null && $Object.hasOwnProperty.call(message, "rejectedDataPoints") && (typeof message.rejectedDataPoints === "object" ? message.rejectedDataPoints.low || message.rejectedDataPoints.high : message.rejectedDataPoints !== 0))
                                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.rejectedDataPoints);
                            if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                                writer.uint32(/* id 2, wireType 2 =*/18).string(message.errorMessage);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified ExportMetricsPartialSuccess message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties} message ExportMetricsPartialSuccess message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportMetricsPartialSuccess.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExportMetricsPartialSuccess message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess & opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Shape} ExportMetricsPartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportMetricsPartialSuccess.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess();
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
                                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                            message.rejectedDataPoints = value;
                                        else
                                            delete message.rejectedDataPoints;
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 2)
                                            break;
                                        if ((value = reader.stringVerify()).length)
                                            message.errorMessage = value;
                                        else
                                            delete message.errorMessage;
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
                         * Decodes an ExportMetricsPartialSuccess message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess & opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Shape} ExportMetricsPartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportMetricsPartialSuccess.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExportMetricsPartialSuccess message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportMetricsPartialSuccess.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.rejectedDataPoints != null && $Object.hasOwnProperty.call(message, "rejectedDataPoints"))
                                if (!$util.isInteger(message.rejectedDataPoints) && !(message.rejectedDataPoints && $util.isInteger(message.rejectedDataPoints.low) && $util.isInteger(message.rejectedDataPoints.high)))
                                    return "rejectedDataPoints: integer|Long expected";
                            if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                                if (!$util.isString(message.errorMessage))
                                    return "errorMessage: string expected";
                            return null;
                        };

                        /**
                         * Creates an ExportMetricsPartialSuccess message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess} ExportMetricsPartialSuccess
                         */
                        ExportMetricsPartialSuccess.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess();
                            if (object.rejectedDataPoints != null)
                                if (typeof object.rejectedDataPoints === "object" ? object.rejectedDataPoints.low || object.rejectedDataPoints.high : $Number(object.rejectedDataPoints) !== 0)
                                    if ($util.Long)
                                        message.rejectedDataPoints = $util.Long.fromValue(object.rejectedDataPoints, false);
                                    else if (typeof object.rejectedDataPoints === "string")
                                        message.rejectedDataPoints = $parseInt(object.rejectedDataPoints, 10);
                                    else if (typeof object.rejectedDataPoints === "number")
                                        message.rejectedDataPoints = object.rejectedDataPoints;
                                    else if (typeof object.rejectedDataPoints === "object")
                                        message.rejectedDataPoints = new $util.LongBits(object.rejectedDataPoints.low >>> 0, object.rejectedDataPoints.high >>> 0).toNumber();
                            if (object.errorMessage != null)
                                if (typeof object.errorMessage !== "string" || object.errorMessage.length)
                                    message.errorMessage = $String(object.errorMessage);
                            return message;
                        };

                        /**
                         * Creates a plain object from an ExportMetricsPartialSuccess message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess} message ExportMetricsPartialSuccess
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportMetricsPartialSuccess.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.defaults) {
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, false);
                                    object.rejectedDataPoints = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.rejectedDataPoints = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                object.errorMessage = "";
                            }
                            if (message.rejectedDataPoints != null && $Object.hasOwnProperty.call(message, "rejectedDataPoints"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.rejectedDataPoints = typeof message.rejectedDataPoints === "number" ? $BigInt(message.rejectedDataPoints) : $util.Long.fromBits(message.rejectedDataPoints.low >>> 0, message.rejectedDataPoints.high >>> 0, false).toBigInt();
                                else if (typeof message.rejectedDataPoints === "number")
                                    object.rejectedDataPoints = options.longs === $String ? $String(message.rejectedDataPoints) : message.rejectedDataPoints;
                                else
                                    object.rejectedDataPoints = options.longs === $String ? $util.Long.prototype.toString.call(message.rejectedDataPoints) : options.longs === $Number ? new $util.LongBits(message.rejectedDataPoints.low >>> 0, message.rejectedDataPoints.high >>> 0).toNumber() : message.rejectedDataPoints;
                            if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                                object.errorMessage = message.errorMessage;
                            return object;
                        };

                        /**
                         * Converts this ExportMetricsPartialSuccess to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportMetricsPartialSuccess.prototype.toJSON = function() {
                            return ExportMetricsPartialSuccess.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportMetricsPartialSuccess
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportMetricsPartialSuccess.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess";
                        };

                        return ExportMetricsPartialSuccess;
                    })();

                    v1.AnyValue = (function() {

                        /**
                         * Properties of an AnyValue.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.AnyValue.$Properties
                         * @property {string|null} [stringValue] AnyValue stringValue
                         * @property {boolean|null} [boolValue] AnyValue boolValue
                         * @property {number|null} [intValue] AnyValue intValue
                         * @property {number|null} [doubleValue] AnyValue doubleValue
                         * @property {opentelemetry.proto.collector.metrics.v1.ArrayValue.$Properties|null} [arrayValue] AnyValue arrayValue
                         * @property {opentelemetry.proto.collector.metrics.v1.KeyValueList.$Properties|null} [kvlistValue] AnyValue kvlistValue
                         * @property {Uint8Array|null} [bytesValue] AnyValue bytesValue
                         * @property {"stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue"} [value] AnyValue value
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an AnyValue.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IAnyValue
                         * @augments opentelemetry.proto.collector.metrics.v1.AnyValue.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.AnyValue.$Properties instead.
                         */

                        /**
                         * Narrowed shape of an AnyValue.
                         * @typedef {{
                         *   stringValue?: string|null;
                         *   boolValue?: boolean|null;
                         *   intValue?: number|null;
                         *   doubleValue?: number|null;
                         *   arrayValue?: opentelemetry.proto.collector.metrics.v1.ArrayValue.$Shape|null;
                         *   kvlistValue?: opentelemetry.proto.collector.metrics.v1.KeyValueList.$Shape|null;
                         *   bytesValue?: Uint8Array|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * } & (
                         *   ({ value?: undefined; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "stringValue"; stringValue: string; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "boolValue"; stringValue?: null; boolValue: boolean; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "intValue"; stringValue?: null; boolValue?: null; intValue: number; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "doubleValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue: number; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "arrayValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue: opentelemetry.proto.collector.metrics.v1.ArrayValue.$Shape; kvlistValue?: null; bytesValue?: null }|{ value?: "kvlistValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue: opentelemetry.proto.collector.metrics.v1.KeyValueList.$Shape; bytesValue?: null }|{ value?: "bytesValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue: Uint8Array })
                         * )} opentelemetry.proto.collector.metrics.v1.AnyValue.$Shape
                         */

                        /**
                         * Constructs a new AnyValue.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents an AnyValue.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.AnyValue.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const AnyValue = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * AnyValue stringValue.
                         * @member {string|null|undefined} stringValue
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @instance
                         */
                        AnyValue.prototype.stringValue = null;

                        /**
                         * AnyValue boolValue.
                         * @member {boolean|null|undefined} boolValue
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @instance
                         */
                        AnyValue.prototype.boolValue = null;

                        /**
                         * AnyValue intValue.
                         * @member {number|null|undefined} intValue
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @instance
                         */
                        AnyValue.prototype.intValue = null;

                        /**
                         * AnyValue doubleValue.
                         * @member {number|null|undefined} doubleValue
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @instance
                         */
                        AnyValue.prototype.doubleValue = null;

                        /**
                         * AnyValue arrayValue.
                         * @member {opentelemetry.proto.collector.metrics.v1.ArrayValue.$Properties|null|undefined} arrayValue
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @instance
                         */
                        AnyValue.prototype.arrayValue = null;

                        /**
                         * AnyValue kvlistValue.
                         * @member {opentelemetry.proto.collector.metrics.v1.KeyValueList.$Properties|null|undefined} kvlistValue
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @instance
                         */
                        AnyValue.prototype.kvlistValue = null;

                        /**
                         * AnyValue bytesValue.
                         * @member {Uint8Array|null|undefined} bytesValue
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @instance
                         */
                        AnyValue.prototype.bytesValue = null;

                        // OneOf field names bound to virtual getters and setters
                        let $oneOfFields;

                        /**
                         * AnyValue value.
                         * @member {"stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue"|undefined} value
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @instance
                         */
                        $Object.defineProperty(AnyValue.prototype, "value", {
                            get: $util.oneOfGetter($oneOfFields = ["stringValue", "boolValue", "intValue", "doubleValue", "arrayValue", "kvlistValue", "bytesValue"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        /**
                         * Creates a new AnyValue instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.AnyValue.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.AnyValue} AnyValue instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.AnyValue.$Shape): opentelemetry.proto.collector.metrics.v1.AnyValue & opentelemetry.proto.collector.metrics.v1.AnyValue.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.AnyValue.$Properties): opentelemetry.proto.collector.metrics.v1.AnyValue;
                         * }}
                         */
                        AnyValue.create = function(properties) {
                            return new AnyValue(properties);
                        };

                        /**
                         * Encodes the specified AnyValue message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.AnyValue.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.AnyValue.$Properties} message AnyValue message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        AnyValue.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
                                writer.uint32(/* id 1, wireType 2 =*/10).string(message.stringValue);
                            if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue"))
                                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.boolValue);
                            if (message.intValue != null && $Object.hasOwnProperty.call(message, "intValue"))
                                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.intValue);
                            if (message.doubleValue != null && $Object.hasOwnProperty.call(message, "doubleValue"))
                                writer.uint32(/* id 4, wireType 1 =*/33).double(message.doubleValue);
                            if (message.arrayValue != null && $Object.hasOwnProperty.call(message, "arrayValue"))
                                $root.opentelemetry.proto.collector.metrics.v1.ArrayValue.encode(message.arrayValue, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                            if (message.kvlistValue != null && $Object.hasOwnProperty.call(message, "kvlistValue"))
                                $root.opentelemetry.proto.collector.metrics.v1.KeyValueList.encode(message.kvlistValue, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                            if (message.bytesValue != null && $Object.hasOwnProperty.call(message, "bytesValue"))
                                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.bytesValue);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified AnyValue message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.AnyValue.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.AnyValue.$Properties} message AnyValue message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        AnyValue.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an AnyValue message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.AnyValue & opentelemetry.proto.collector.metrics.v1.AnyValue.$Shape} AnyValue
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        AnyValue.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.AnyValue();
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
                                        message.stringValue = reader.stringVerify();
                                        message.value = "stringValue";
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 0)
                                            break;
                                        message.boolValue = reader.bool();
                                        message.value = "boolValue";
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 0)
                                            break;
                                        message.intValue = reader.int64();
                                        message.value = "intValue";
                                        continue;
                                    }
                                case 4: {
                                        if (wireType !== 1)
                                            break;
                                        message.doubleValue = reader.double();
                                        message.value = "doubleValue";
                                        continue;
                                    }
                                case 5: {
                                        if (wireType !== 2)
                                            break;
                                        message.arrayValue = $root.opentelemetry.proto.collector.metrics.v1.ArrayValue.decode(reader, reader.size(), $undefined, _depth + 1, message.arrayValue);
                                        message.value = "arrayValue";
                                        continue;
                                    }
                                case 6: {
                                        if (wireType !== 2)
                                            break;
                                        message.kvlistValue = $root.opentelemetry.proto.collector.metrics.v1.KeyValueList.decode(reader, reader.size(), $undefined, _depth + 1, message.kvlistValue);
                                        message.value = "kvlistValue";
                                        continue;
                                    }
                                case 7: {
                                        if (wireType !== 2)
                                            break;
                                        message.bytesValue = reader.bytes();
                                        message.value = "bytesValue";
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
                         * Decodes an AnyValue message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.AnyValue & opentelemetry.proto.collector.metrics.v1.AnyValue.$Shape} AnyValue
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        AnyValue.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an AnyValue message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        AnyValue.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            let properties = {};
                            if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                                properties.value = 1;
                                if (!$util.isString(message.stringValue))
                                    return "stringValue: string expected";
                            }
                            if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                                if (properties.value === 1)
                                    return "value: multiple values";
                                properties.value = 1;
                                if (typeof message.boolValue !== "boolean")
                                    return "boolValue: boolean expected";
                            }
                            if (message.intValue != null && $Object.hasOwnProperty.call(message, "intValue")) {
                                if (properties.value === 1)
                                    return "value: multiple values";
                                properties.value = 1;
                                if (!$util.isInteger(message.intValue) && !(message.intValue && $util.isInteger(message.intValue.low) && $util.isInteger(message.intValue.high)))
                                    return "intValue: integer|Long expected";
                            }
                            if (message.doubleValue != null && $Object.hasOwnProperty.call(message, "doubleValue")) {
                                if (properties.value === 1)
                                    return "value: multiple values";
                                properties.value = 1;
                                if (typeof message.doubleValue !== "number")
                                    return "doubleValue: number expected";
                            }
                            if (message.arrayValue != null && $Object.hasOwnProperty.call(message, "arrayValue")) {
                                if (properties.value === 1)
                                    return "value: multiple values";
                                properties.value = 1;
                                {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.ArrayValue.verify(message.arrayValue, _depth + 1);
                                    if (error)
                                        return "arrayValue." + error;
                                }
                            }
                            if (message.kvlistValue != null && $Object.hasOwnProperty.call(message, "kvlistValue")) {
                                if (properties.value === 1)
                                    return "value: multiple values";
                                properties.value = 1;
                                {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.KeyValueList.verify(message.kvlistValue, _depth + 1);
                                    if (error)
                                        return "kvlistValue." + error;
                                }
                            }
                            if (message.bytesValue != null && $Object.hasOwnProperty.call(message, "bytesValue")) {
                                if (properties.value === 1)
                                    return "value: multiple values";
                                properties.value = 1;
                                if (!(message.bytesValue && typeof message.bytesValue.length === "number" || $util.isString(message.bytesValue)))
                                    return "bytesValue: buffer expected";
                            }
                            return null;
                        };

                        /**
                         * Creates an AnyValue message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.AnyValue} AnyValue
                         */
                        AnyValue.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.AnyValue)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.AnyValue: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.AnyValue();
                            if (object.stringValue != null)
                                message.stringValue = $String(object.stringValue);
                            if (object.boolValue != null)
                                message.boolValue = $Boolean(object.boolValue);
                            if (object.intValue != null)
                                if ($util.Long)
                                    message.intValue = $util.Long.fromValue(object.intValue, false);
                                else if (typeof object.intValue === "string")
                                    message.intValue = $parseInt(object.intValue, 10);
                                else if (typeof object.intValue === "number")
                                    message.intValue = object.intValue;
                                else if (typeof object.intValue === "object")
                                    message.intValue = new $util.LongBits(object.intValue.low >>> 0, object.intValue.high >>> 0).toNumber();
                            if (object.doubleValue != null)
                                message.doubleValue = $Number(object.doubleValue);
                            if (object.arrayValue != null) {
                                if (!$util.isObject(object.arrayValue))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.AnyValue.arrayValue: object expected");
                                message.arrayValue = $root.opentelemetry.proto.collector.metrics.v1.ArrayValue.fromObject(object.arrayValue, _depth + 1);
                            }
                            if (object.kvlistValue != null) {
                                if (!$util.isObject(object.kvlistValue))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.AnyValue.kvlistValue: object expected");
                                message.kvlistValue = $root.opentelemetry.proto.collector.metrics.v1.KeyValueList.fromObject(object.kvlistValue, _depth + 1);
                            }
                            if (object.bytesValue != null)
                                if (typeof object.bytesValue === "string")
                                    $util.base64.decode(object.bytesValue, message.bytesValue = $util.newBuffer($util.base64.length(object.bytesValue)), 0);
                                else if (object.bytesValue.length >= 0)
                                    message.bytesValue = object.bytesValue;
                            return message;
                        };

                        /**
                         * Creates a plain object from an AnyValue message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.AnyValue} message AnyValue
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        AnyValue.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                                object.stringValue = message.stringValue;
                                if (options.oneofs)
                                    object.value = "stringValue";
                            }
                            if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                                object.boolValue = message.boolValue;
                                if (options.oneofs)
                                    object.value = "boolValue";
                            }
                            if (message.intValue != null && $Object.hasOwnProperty.call(message, "intValue")) {
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.intValue = typeof message.intValue === "number" ? $BigInt(message.intValue) : $util.Long.fromBits(message.intValue.low >>> 0, message.intValue.high >>> 0, false).toBigInt();
                                else if (typeof message.intValue === "number")
                                    object.intValue = options.longs === $String ? $String(message.intValue) : message.intValue;
                                else
                                    object.intValue = options.longs === $String ? $util.Long.prototype.toString.call(message.intValue) : options.longs === $Number ? new $util.LongBits(message.intValue.low >>> 0, message.intValue.high >>> 0).toNumber() : message.intValue;
                                if (options.oneofs)
                                    object.value = "intValue";
                            }
                            if (message.doubleValue != null && $Object.hasOwnProperty.call(message, "doubleValue")) {
                                object.doubleValue = options.json && !$isFinite(message.doubleValue) ? $String(message.doubleValue) : message.doubleValue;
                                if (options.oneofs)
                                    object.value = "doubleValue";
                            }
                            if (message.arrayValue != null && $Object.hasOwnProperty.call(message, "arrayValue")) {
                                object.arrayValue = $root.opentelemetry.proto.collector.metrics.v1.ArrayValue.toObject(message.arrayValue, options, _depth + 1);
                                if (options.oneofs)
                                    object.value = "arrayValue";
                            }
                            if (message.kvlistValue != null && $Object.hasOwnProperty.call(message, "kvlistValue")) {
                                object.kvlistValue = $root.opentelemetry.proto.collector.metrics.v1.KeyValueList.toObject(message.kvlistValue, options, _depth + 1);
                                if (options.oneofs)
                                    object.value = "kvlistValue";
                            }
                            if (message.bytesValue != null && $Object.hasOwnProperty.call(message, "bytesValue")) {
                                object.bytesValue = options.bytes === $String ? $util.base64.encode(message.bytesValue, 0, message.bytesValue.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.bytesValue) : message.bytesValue;
                                if (options.oneofs)
                                    object.value = "bytesValue";
                            }
                            return object;
                        };

                        /**
                         * Converts this AnyValue to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        AnyValue.prototype.toJSON = function() {
                            return AnyValue.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for AnyValue
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.AnyValue
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        AnyValue.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.AnyValue";
                        };

                        return AnyValue;
                    })();

                    v1.ArrayValue = (function() {

                        /**
                         * Properties of an ArrayValue.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.ArrayValue.$Properties
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.AnyValue.$Properties>|null} [values] ArrayValue values
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ArrayValue.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IArrayValue
                         * @augments opentelemetry.proto.collector.metrics.v1.ArrayValue.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.ArrayValue.$Properties instead.
                         */

                        /**
                         * Shape of an ArrayValue.
                         * @typedef {{
                         *   values?: Array.<opentelemetry.proto.collector.metrics.v1.AnyValue.$Shape>|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.ArrayValue.$Shape
                         */

                        /**
                         * Constructs a new ArrayValue.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents an ArrayValue.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.ArrayValue.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ArrayValue = function (properties) {
                            this.values = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * ArrayValue values.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.AnyValue.$Properties>} values
                         * @memberof opentelemetry.proto.collector.metrics.v1.ArrayValue
                         * @instance
                         */
                        ArrayValue.prototype.values = $util.emptyArray;

                        /**
                         * Creates a new ArrayValue instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.ArrayValue
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ArrayValue.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.ArrayValue} ArrayValue instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.ArrayValue.$Shape): opentelemetry.proto.collector.metrics.v1.ArrayValue & opentelemetry.proto.collector.metrics.v1.ArrayValue.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.ArrayValue.$Properties): opentelemetry.proto.collector.metrics.v1.ArrayValue;
                         * }}
                         */
                        ArrayValue.create = function(properties) {
                            return new ArrayValue(properties);
                        };

                        /**
                         * Encodes the specified ArrayValue message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ArrayValue.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ArrayValue
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ArrayValue.$Properties} message ArrayValue message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ArrayValue.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.values != null && message.values.length)
                                for (let i = 0; i < message.values.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.AnyValue.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified ArrayValue message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ArrayValue.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ArrayValue
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ArrayValue.$Properties} message ArrayValue message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ArrayValue.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ArrayValue message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ArrayValue
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.ArrayValue & opentelemetry.proto.collector.metrics.v1.ArrayValue.$Shape} ArrayValue
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ArrayValue.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.ArrayValue();
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
                                        if (!(message.values && message.values.length))
                                            message.values = [];
                                        message.values.push($root.opentelemetry.proto.collector.metrics.v1.AnyValue.decode(reader, reader.size(), $undefined, _depth + 1));
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
                         * Decodes an ArrayValue message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ArrayValue
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.ArrayValue & opentelemetry.proto.collector.metrics.v1.ArrayValue.$Shape} ArrayValue
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ArrayValue.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ArrayValue message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.ArrayValue
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ArrayValue.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                                if (!$Array.isArray(message.values))
                                    return "values: array expected";
                                for (let i = 0; i < message.values.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.AnyValue.verify(message.values[i], _depth + 1);
                                    if (error)
                                        return "values." + error;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates an ArrayValue message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ArrayValue
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.ArrayValue} ArrayValue
                         */
                        ArrayValue.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.ArrayValue)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ArrayValue: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.ArrayValue();
                            if (object.values) {
                                if (!$Array.isArray(object.values))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ArrayValue.values: array expected");
                                message.values = $Array(object.values.length);
                                for (let i = 0; i < object.values.length; ++i) {
                                    if (!$util.isObject(object.values[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ArrayValue.values: object expected");
                                    message.values[i] = $root.opentelemetry.proto.collector.metrics.v1.AnyValue.fromObject(object.values[i], _depth + 1);
                                }
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from an ArrayValue message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ArrayValue
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ArrayValue} message ArrayValue
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ArrayValue.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.values = [];
                            if (message.values && message.values.length) {
                                object.values = $Array(message.values.length);
                                for (let j = 0; j < message.values.length; ++j)
                                    object.values[j] = $root.opentelemetry.proto.collector.metrics.v1.AnyValue.toObject(message.values[j], options, _depth + 1);
                            }
                            return object;
                        };

                        /**
                         * Converts this ArrayValue to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.ArrayValue
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ArrayValue.prototype.toJSON = function() {
                            return ArrayValue.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ArrayValue
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.ArrayValue
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ArrayValue.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.ArrayValue";
                        };

                        return ArrayValue;
                    })();

                    v1.KeyValueList = (function() {

                        /**
                         * Properties of a KeyValueList.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.KeyValueList.$Properties
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties>|null} [values] KeyValueList values
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a KeyValueList.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IKeyValueList
                         * @augments opentelemetry.proto.collector.metrics.v1.KeyValueList.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.KeyValueList.$Properties instead.
                         */

                        /**
                         * Shape of a KeyValueList.
                         * @typedef {{
                         *   values?: Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Shape>|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.KeyValueList.$Shape
                         */

                        /**
                         * Constructs a new KeyValueList.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a KeyValueList.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.KeyValueList.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const KeyValueList = function (properties) {
                            this.values = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * KeyValueList values.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties>} values
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValueList
                         * @instance
                         */
                        KeyValueList.prototype.values = $util.emptyArray;

                        /**
                         * Creates a new KeyValueList instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValueList
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.KeyValueList.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.KeyValueList} KeyValueList instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.KeyValueList.$Shape): opentelemetry.proto.collector.metrics.v1.KeyValueList & opentelemetry.proto.collector.metrics.v1.KeyValueList.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.KeyValueList.$Properties): opentelemetry.proto.collector.metrics.v1.KeyValueList;
                         * }}
                         */
                        KeyValueList.create = function(properties) {
                            return new KeyValueList(properties);
                        };

                        /**
                         * Encodes the specified KeyValueList message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.KeyValueList.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValueList
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.KeyValueList.$Properties} message KeyValueList message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        KeyValueList.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.values != null && message.values.length)
                                for (let i = 0; i < message.values.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.KeyValue.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified KeyValueList message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.KeyValueList.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValueList
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.KeyValueList.$Properties} message KeyValueList message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        KeyValueList.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a KeyValueList message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValueList
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.KeyValueList & opentelemetry.proto.collector.metrics.v1.KeyValueList.$Shape} KeyValueList
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        KeyValueList.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.KeyValueList();
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
                                        if (!(message.values && message.values.length))
                                            message.values = [];
                                        message.values.push($root.opentelemetry.proto.collector.metrics.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
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
                         * Decodes a KeyValueList message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValueList
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.KeyValueList & opentelemetry.proto.collector.metrics.v1.KeyValueList.$Shape} KeyValueList
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        KeyValueList.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a KeyValueList message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValueList
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        KeyValueList.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                                if (!$Array.isArray(message.values))
                                    return "values: array expected";
                                for (let i = 0; i < message.values.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.verify(message.values[i], _depth + 1);
                                    if (error)
                                        return "values." + error;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates a KeyValueList message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValueList
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.KeyValueList} KeyValueList
                         */
                        KeyValueList.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.KeyValueList)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.KeyValueList: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.KeyValueList();
                            if (object.values) {
                                if (!$Array.isArray(object.values))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.KeyValueList.values: array expected");
                                message.values = $Array(object.values.length);
                                for (let i = 0; i < object.values.length; ++i) {
                                    if (!$util.isObject(object.values[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.KeyValueList.values: object expected");
                                    message.values[i] = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.fromObject(object.values[i], _depth + 1);
                                }
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from a KeyValueList message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValueList
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.KeyValueList} message KeyValueList
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        KeyValueList.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.values = [];
                            if (message.values && message.values.length) {
                                object.values = $Array(message.values.length);
                                for (let j = 0; j < message.values.length; ++j)
                                    object.values[j] = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.toObject(message.values[j], options, _depth + 1);
                            }
                            return object;
                        };

                        /**
                         * Converts this KeyValueList to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValueList
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        KeyValueList.prototype.toJSON = function() {
                            return KeyValueList.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for KeyValueList
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValueList
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        KeyValueList.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.KeyValueList";
                        };

                        return KeyValueList;
                    })();

                    v1.KeyValue = (function() {

                        /**
                         * Properties of a KeyValue.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties
                         * @property {string|null} [key] KeyValue key
                         * @property {opentelemetry.proto.collector.metrics.v1.AnyValue.$Properties|null} [value] KeyValue value
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a KeyValue.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IKeyValue
                         * @augments opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties instead.
                         */

                        /**
                         * Shape of a KeyValue.
                         * @typedef {{
                         *   key?: string|null;
                         *   value?: opentelemetry.proto.collector.metrics.v1.AnyValue.$Shape|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.KeyValue.$Shape
                         */

                        /**
                         * Constructs a new KeyValue.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a KeyValue.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const KeyValue = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * KeyValue key.
                         * @member {string} key
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValue
                         * @instance
                         */
                        KeyValue.prototype.key = "";

                        /**
                         * KeyValue value.
                         * @member {opentelemetry.proto.collector.metrics.v1.AnyValue.$Properties|null|undefined} value
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValue
                         * @instance
                         */
                        KeyValue.prototype.value = null;

                        /**
                         * Creates a new KeyValue instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValue
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.KeyValue} KeyValue instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.KeyValue.$Shape): opentelemetry.proto.collector.metrics.v1.KeyValue & opentelemetry.proto.collector.metrics.v1.KeyValue.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties): opentelemetry.proto.collector.metrics.v1.KeyValue;
                         * }}
                         */
                        KeyValue.create = function(properties) {
                            return new KeyValue(properties);
                        };

                        /**
                         * Encodes the specified KeyValue message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.KeyValue.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValue
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties} message KeyValue message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        KeyValue.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                                writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                                $root.opentelemetry.proto.collector.metrics.v1.AnyValue.encode(message.value, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified KeyValue message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.KeyValue.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValue
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties} message KeyValue message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        KeyValue.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a KeyValue message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValue
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.KeyValue & opentelemetry.proto.collector.metrics.v1.KeyValue.$Shape} KeyValue
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        KeyValue.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.KeyValue();
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
                                        message.value = $root.opentelemetry.proto.collector.metrics.v1.AnyValue.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
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
                         * Decodes a KeyValue message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValue
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.KeyValue & opentelemetry.proto.collector.metrics.v1.KeyValue.$Shape} KeyValue
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        KeyValue.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a KeyValue message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValue
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        KeyValue.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                                if (!$util.isString(message.key))
                                    return "key: string expected";
                            if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                                let error = $root.opentelemetry.proto.collector.metrics.v1.AnyValue.verify(message.value, _depth + 1);
                                if (error)
                                    return "value." + error;
                            }
                            return null;
                        };

                        /**
                         * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValue
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.KeyValue} KeyValue
                         */
                        KeyValue.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.KeyValue)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.KeyValue: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.KeyValue();
                            if (object.key != null)
                                if (typeof object.key !== "string" || object.key.length)
                                    message.key = $String(object.key);
                            if (object.value != null) {
                                if (!$util.isObject(object.value))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.KeyValue.value: object expected");
                                message.value = $root.opentelemetry.proto.collector.metrics.v1.AnyValue.fromObject(object.value, _depth + 1);
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValue
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.KeyValue} message KeyValue
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        KeyValue.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.defaults) {
                                object.key = "";
                                object.value = null;
                            }
                            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                                object.key = message.key;
                            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                                object.value = $root.opentelemetry.proto.collector.metrics.v1.AnyValue.toObject(message.value, options, _depth + 1);
                            return object;
                        };

                        /**
                         * Converts this KeyValue to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValue
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        KeyValue.prototype.toJSON = function() {
                            return KeyValue.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for KeyValue
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.KeyValue
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        KeyValue.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.KeyValue";
                        };

                        return KeyValue;
                    })();

                    v1.InstrumentationScope = (function() {

                        /**
                         * Properties of an InstrumentationScope.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Properties
                         * @property {string|null} [name] InstrumentationScope name
                         * @property {string|null} [version] InstrumentationScope version
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an InstrumentationScope.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IInstrumentationScope
                         * @augments opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Properties instead.
                         */

                        /**
                         * Shape of an InstrumentationScope.
                         * @typedef {opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Properties} opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Shape
                         */

                        /**
                         * Constructs a new InstrumentationScope.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents an InstrumentationScope.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const InstrumentationScope = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * InstrumentationScope name.
                         * @member {string} name
                         * @memberof opentelemetry.proto.collector.metrics.v1.InstrumentationScope
                         * @instance
                         */
                        InstrumentationScope.prototype.name = "";

                        /**
                         * InstrumentationScope version.
                         * @member {string} version
                         * @memberof opentelemetry.proto.collector.metrics.v1.InstrumentationScope
                         * @instance
                         */
                        InstrumentationScope.prototype.version = "";

                        /**
                         * Creates a new InstrumentationScope instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.InstrumentationScope
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.InstrumentationScope} InstrumentationScope instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Shape): opentelemetry.proto.collector.metrics.v1.InstrumentationScope & opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Properties): opentelemetry.proto.collector.metrics.v1.InstrumentationScope;
                         * }}
                         */
                        InstrumentationScope.create = function(properties) {
                            return new InstrumentationScope(properties);
                        };

                        /**
                         * Encodes the specified InstrumentationScope message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.InstrumentationScope.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.InstrumentationScope
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Properties} message InstrumentationScope message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        InstrumentationScope.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                                writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified InstrumentationScope message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.InstrumentationScope.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.InstrumentationScope
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Properties} message InstrumentationScope message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        InstrumentationScope.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an InstrumentationScope message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.InstrumentationScope
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.InstrumentationScope & opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Shape} InstrumentationScope
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        InstrumentationScope.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.InstrumentationScope();
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
                                        if ((value = reader.stringVerify()).length)
                                            message.version = value;
                                        else
                                            delete message.version;
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
                         * Decodes an InstrumentationScope message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.InstrumentationScope
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.InstrumentationScope & opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Shape} InstrumentationScope
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        InstrumentationScope.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an InstrumentationScope message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.InstrumentationScope
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        InstrumentationScope.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                                if (!$util.isString(message.name))
                                    return "name: string expected";
                            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                                if (!$util.isString(message.version))
                                    return "version: string expected";
                            return null;
                        };

                        /**
                         * Creates an InstrumentationScope message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.InstrumentationScope
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.InstrumentationScope} InstrumentationScope
                         */
                        InstrumentationScope.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.InstrumentationScope)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.InstrumentationScope: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.InstrumentationScope();
                            if (object.name != null)
                                if (typeof object.name !== "string" || object.name.length)
                                    message.name = $String(object.name);
                            if (object.version != null)
                                if (typeof object.version !== "string" || object.version.length)
                                    message.version = $String(object.version);
                            return message;
                        };

                        /**
                         * Creates a plain object from an InstrumentationScope message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.InstrumentationScope
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.InstrumentationScope} message InstrumentationScope
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        InstrumentationScope.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.defaults) {
                                object.name = "";
                                object.version = "";
                            }
                            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                                object.name = message.name;
                            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                                object.version = message.version;
                            return object;
                        };

                        /**
                         * Converts this InstrumentationScope to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.InstrumentationScope
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        InstrumentationScope.prototype.toJSON = function() {
                            return InstrumentationScope.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for InstrumentationScope
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.InstrumentationScope
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        InstrumentationScope.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.InstrumentationScope";
                        };

                        return InstrumentationScope;
                    })();

                    v1.Resource = (function() {

                        /**
                         * Properties of a Resource.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.Resource.$Properties
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties>|null} [attributes] Resource attributes
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a Resource.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IResource
                         * @augments opentelemetry.proto.collector.metrics.v1.Resource.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.Resource.$Properties instead.
                         */

                        /**
                         * Shape of a Resource.
                         * @typedef {{
                         *   attributes?: Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Shape>|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.Resource.$Shape
                         */

                        /**
                         * Constructs a new Resource.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a Resource.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.Resource.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Resource = function (properties) {
                            this.attributes = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Resource attributes.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties>} attributes
                         * @memberof opentelemetry.proto.collector.metrics.v1.Resource
                         * @instance
                         */
                        Resource.prototype.attributes = $util.emptyArray;

                        /**
                         * Creates a new Resource instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.Resource
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Resource.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.Resource} Resource instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.Resource.$Shape): opentelemetry.proto.collector.metrics.v1.Resource & opentelemetry.proto.collector.metrics.v1.Resource.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.Resource.$Properties): opentelemetry.proto.collector.metrics.v1.Resource;
                         * }}
                         */
                        Resource.create = function(properties) {
                            return new Resource(properties);
                        };

                        /**
                         * Encodes the specified Resource message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.Resource.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.Resource
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Resource.$Properties} message Resource message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Resource.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.attributes != null && message.attributes.length)
                                for (let i = 0; i < message.attributes.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.KeyValue.encode(message.attributes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified Resource message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.Resource.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.Resource
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Resource.$Properties} message Resource message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Resource.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a Resource message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.Resource
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.Resource & opentelemetry.proto.collector.metrics.v1.Resource.$Shape} Resource
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Resource.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.Resource();
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
                                        if (!(message.attributes && message.attributes.length))
                                            message.attributes = [];
                                        message.attributes.push($root.opentelemetry.proto.collector.metrics.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
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
                         * Decodes a Resource message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.Resource
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.Resource & opentelemetry.proto.collector.metrics.v1.Resource.$Shape} Resource
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Resource.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a Resource message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.Resource
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        Resource.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                                if (!$Array.isArray(message.attributes))
                                    return "attributes: array expected";
                                for (let i = 0; i < message.attributes.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.verify(message.attributes[i], _depth + 1);
                                    if (error)
                                        return "attributes." + error;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates a Resource message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.Resource
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.Resource} Resource
                         */
                        Resource.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.Resource)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Resource: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.Resource();
                            if (object.attributes) {
                                if (!$Array.isArray(object.attributes))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Resource.attributes: array expected");
                                message.attributes = $Array(object.attributes.length);
                                for (let i = 0; i < object.attributes.length; ++i) {
                                    if (!$util.isObject(object.attributes[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Resource.attributes: object expected");
                                    message.attributes[i] = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                                }
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from a Resource message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.Resource
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Resource} message Resource
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        Resource.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.attributes = [];
                            if (message.attributes && message.attributes.length) {
                                object.attributes = $Array(message.attributes.length);
                                for (let j = 0; j < message.attributes.length; ++j)
                                    object.attributes[j] = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                            }
                            return object;
                        };

                        /**
                         * Converts this Resource to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.Resource
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Resource.prototype.toJSON = function() {
                            return Resource.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for Resource
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.Resource
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Resource.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.Resource";
                        };

                        return Resource;
                    })();

                    v1.ResourceMetrics = (function() {

                        /**
                         * Properties of a ResourceMetrics.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Properties
                         * @property {opentelemetry.proto.collector.metrics.v1.Resource.$Properties|null} [resource] ResourceMetrics resource
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Properties>|null} [scopeMetrics] ResourceMetrics scopeMetrics
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a ResourceMetrics.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IResourceMetrics
                         * @augments opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Properties instead.
                         */

                        /**
                         * Shape of a ResourceMetrics.
                         * @typedef {{
                         *   resource?: opentelemetry.proto.collector.metrics.v1.Resource.$Shape|null;
                         *   scopeMetrics?: Array.<opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Shape>|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Shape
                         */

                        /**
                         * Constructs a new ResourceMetrics.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a ResourceMetrics.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ResourceMetrics = function (properties) {
                            this.scopeMetrics = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * ResourceMetrics resource.
                         * @member {opentelemetry.proto.collector.metrics.v1.Resource.$Properties|null|undefined} resource
                         * @memberof opentelemetry.proto.collector.metrics.v1.ResourceMetrics
                         * @instance
                         */
                        ResourceMetrics.prototype.resource = null;

                        /**
                         * ResourceMetrics scopeMetrics.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Properties>} scopeMetrics
                         * @memberof opentelemetry.proto.collector.metrics.v1.ResourceMetrics
                         * @instance
                         */
                        ResourceMetrics.prototype.scopeMetrics = $util.emptyArray;

                        /**
                         * Creates a new ResourceMetrics instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.ResourceMetrics
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.ResourceMetrics} ResourceMetrics instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Shape): opentelemetry.proto.collector.metrics.v1.ResourceMetrics & opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Properties): opentelemetry.proto.collector.metrics.v1.ResourceMetrics;
                         * }}
                         */
                        ResourceMetrics.create = function(properties) {
                            return new ResourceMetrics(properties);
                        };

                        /**
                         * Encodes the specified ResourceMetrics message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ResourceMetrics.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ResourceMetrics
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Properties} message ResourceMetrics message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ResourceMetrics.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                                $root.opentelemetry.proto.collector.metrics.v1.Resource.encode(message.resource, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.scopeMetrics != null && message.scopeMetrics.length)
                                for (let i = 0; i < message.scopeMetrics.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.ScopeMetrics.encode(message.scopeMetrics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified ResourceMetrics message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ResourceMetrics.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ResourceMetrics
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Properties} message ResourceMetrics message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ResourceMetrics.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a ResourceMetrics message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ResourceMetrics
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.ResourceMetrics & opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Shape} ResourceMetrics
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ResourceMetrics.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.ResourceMetrics();
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
                                        message.resource = $root.opentelemetry.proto.collector.metrics.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1, message.resource);
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 2)
                                            break;
                                        if (!(message.scopeMetrics && message.scopeMetrics.length))
                                            message.scopeMetrics = [];
                                        message.scopeMetrics.push($root.opentelemetry.proto.collector.metrics.v1.ScopeMetrics.decode(reader, reader.size(), $undefined, _depth + 1));
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
                         * Decodes a ResourceMetrics message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ResourceMetrics
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.ResourceMetrics & opentelemetry.proto.collector.metrics.v1.ResourceMetrics.$Shape} ResourceMetrics
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ResourceMetrics.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a ResourceMetrics message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.ResourceMetrics
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ResourceMetrics.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.resource != null && $Object.hasOwnProperty.call(message, "resource")) {
                                let error = $root.opentelemetry.proto.collector.metrics.v1.Resource.verify(message.resource, _depth + 1);
                                if (error)
                                    return "resource." + error;
                            }
                            if (message.scopeMetrics != null && $Object.hasOwnProperty.call(message, "scopeMetrics")) {
                                if (!$Array.isArray(message.scopeMetrics))
                                    return "scopeMetrics: array expected";
                                for (let i = 0; i < message.scopeMetrics.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.ScopeMetrics.verify(message.scopeMetrics[i], _depth + 1);
                                    if (error)
                                        return "scopeMetrics." + error;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates a ResourceMetrics message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ResourceMetrics
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.ResourceMetrics} ResourceMetrics
                         */
                        ResourceMetrics.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.ResourceMetrics)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ResourceMetrics: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.ResourceMetrics();
                            if (object.resource != null) {
                                if (!$util.isObject(object.resource))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ResourceMetrics.resource: object expected");
                                message.resource = $root.opentelemetry.proto.collector.metrics.v1.Resource.fromObject(object.resource, _depth + 1);
                            }
                            if (object.scopeMetrics) {
                                if (!$Array.isArray(object.scopeMetrics))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ResourceMetrics.scopeMetrics: array expected");
                                message.scopeMetrics = $Array(object.scopeMetrics.length);
                                for (let i = 0; i < object.scopeMetrics.length; ++i) {
                                    if (!$util.isObject(object.scopeMetrics[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ResourceMetrics.scopeMetrics: object expected");
                                    message.scopeMetrics[i] = $root.opentelemetry.proto.collector.metrics.v1.ScopeMetrics.fromObject(object.scopeMetrics[i], _depth + 1);
                                }
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from a ResourceMetrics message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ResourceMetrics
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ResourceMetrics} message ResourceMetrics
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ResourceMetrics.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.scopeMetrics = [];
                            if (options.defaults)
                                object.resource = null;
                            if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                                object.resource = $root.opentelemetry.proto.collector.metrics.v1.Resource.toObject(message.resource, options, _depth + 1);
                            if (message.scopeMetrics && message.scopeMetrics.length) {
                                object.scopeMetrics = $Array(message.scopeMetrics.length);
                                for (let j = 0; j < message.scopeMetrics.length; ++j)
                                    object.scopeMetrics[j] = $root.opentelemetry.proto.collector.metrics.v1.ScopeMetrics.toObject(message.scopeMetrics[j], options, _depth + 1);
                            }
                            return object;
                        };

                        /**
                         * Converts this ResourceMetrics to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.ResourceMetrics
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ResourceMetrics.prototype.toJSON = function() {
                            return ResourceMetrics.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ResourceMetrics
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.ResourceMetrics
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ResourceMetrics.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.ResourceMetrics";
                        };

                        return ResourceMetrics;
                    })();

                    v1.ScopeMetrics = (function() {

                        /**
                         * Properties of a ScopeMetrics.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Properties
                         * @property {opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Properties|null} [scope] ScopeMetrics scope
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.Metric.$Properties>|null} [metrics] ScopeMetrics metrics
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a ScopeMetrics.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IScopeMetrics
                         * @augments opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Properties instead.
                         */

                        /**
                         * Shape of a ScopeMetrics.
                         * @typedef {{
                         *   scope?: opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Shape|null;
                         *   metrics?: Array.<opentelemetry.proto.collector.metrics.v1.Metric.$Shape>|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Shape
                         */

                        /**
                         * Constructs a new ScopeMetrics.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a ScopeMetrics.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ScopeMetrics = function (properties) {
                            this.metrics = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * ScopeMetrics scope.
                         * @member {opentelemetry.proto.collector.metrics.v1.InstrumentationScope.$Properties|null|undefined} scope
                         * @memberof opentelemetry.proto.collector.metrics.v1.ScopeMetrics
                         * @instance
                         */
                        ScopeMetrics.prototype.scope = null;

                        /**
                         * ScopeMetrics metrics.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.Metric.$Properties>} metrics
                         * @memberof opentelemetry.proto.collector.metrics.v1.ScopeMetrics
                         * @instance
                         */
                        ScopeMetrics.prototype.metrics = $util.emptyArray;

                        /**
                         * Creates a new ScopeMetrics instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.ScopeMetrics
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.ScopeMetrics} ScopeMetrics instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Shape): opentelemetry.proto.collector.metrics.v1.ScopeMetrics & opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Properties): opentelemetry.proto.collector.metrics.v1.ScopeMetrics;
                         * }}
                         */
                        ScopeMetrics.create = function(properties) {
                            return new ScopeMetrics(properties);
                        };

                        /**
                         * Encodes the specified ScopeMetrics message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ScopeMetrics.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ScopeMetrics
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Properties} message ScopeMetrics message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ScopeMetrics.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.scope != null && $Object.hasOwnProperty.call(message, "scope"))
                                $root.opentelemetry.proto.collector.metrics.v1.InstrumentationScope.encode(message.scope, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.metrics != null && message.metrics.length)
                                for (let i = 0; i < message.metrics.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.Metric.encode(message.metrics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified ScopeMetrics message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ScopeMetrics.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ScopeMetrics
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Properties} message ScopeMetrics message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ScopeMetrics.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a ScopeMetrics message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ScopeMetrics
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.ScopeMetrics & opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Shape} ScopeMetrics
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ScopeMetrics.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.ScopeMetrics();
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
                                        message.scope = $root.opentelemetry.proto.collector.metrics.v1.InstrumentationScope.decode(reader, reader.size(), $undefined, _depth + 1, message.scope);
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 2)
                                            break;
                                        if (!(message.metrics && message.metrics.length))
                                            message.metrics = [];
                                        message.metrics.push($root.opentelemetry.proto.collector.metrics.v1.Metric.decode(reader, reader.size(), $undefined, _depth + 1));
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
                         * Decodes a ScopeMetrics message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ScopeMetrics
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.ScopeMetrics & opentelemetry.proto.collector.metrics.v1.ScopeMetrics.$Shape} ScopeMetrics
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ScopeMetrics.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a ScopeMetrics message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.ScopeMetrics
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ScopeMetrics.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.scope != null && $Object.hasOwnProperty.call(message, "scope")) {
                                let error = $root.opentelemetry.proto.collector.metrics.v1.InstrumentationScope.verify(message.scope, _depth + 1);
                                if (error)
                                    return "scope." + error;
                            }
                            if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics")) {
                                if (!$Array.isArray(message.metrics))
                                    return "metrics: array expected";
                                for (let i = 0; i < message.metrics.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.Metric.verify(message.metrics[i], _depth + 1);
                                    if (error)
                                        return "metrics." + error;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates a ScopeMetrics message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ScopeMetrics
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.ScopeMetrics} ScopeMetrics
                         */
                        ScopeMetrics.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.ScopeMetrics)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ScopeMetrics: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.ScopeMetrics();
                            if (object.scope != null) {
                                if (!$util.isObject(object.scope))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ScopeMetrics.scope: object expected");
                                message.scope = $root.opentelemetry.proto.collector.metrics.v1.InstrumentationScope.fromObject(object.scope, _depth + 1);
                            }
                            if (object.metrics) {
                                if (!$Array.isArray(object.metrics))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ScopeMetrics.metrics: array expected");
                                message.metrics = $Array(object.metrics.length);
                                for (let i = 0; i < object.metrics.length; ++i) {
                                    if (!$util.isObject(object.metrics[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ScopeMetrics.metrics: object expected");
                                    message.metrics[i] = $root.opentelemetry.proto.collector.metrics.v1.Metric.fromObject(object.metrics[i], _depth + 1);
                                }
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from a ScopeMetrics message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ScopeMetrics
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ScopeMetrics} message ScopeMetrics
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ScopeMetrics.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.metrics = [];
                            if (options.defaults)
                                object.scope = null;
                            if (message.scope != null && $Object.hasOwnProperty.call(message, "scope"))
                                object.scope = $root.opentelemetry.proto.collector.metrics.v1.InstrumentationScope.toObject(message.scope, options, _depth + 1);
                            if (message.metrics && message.metrics.length) {
                                object.metrics = $Array(message.metrics.length);
                                for (let j = 0; j < message.metrics.length; ++j)
                                    object.metrics[j] = $root.opentelemetry.proto.collector.metrics.v1.Metric.toObject(message.metrics[j], options, _depth + 1);
                            }
                            return object;
                        };

                        /**
                         * Converts this ScopeMetrics to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.ScopeMetrics
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ScopeMetrics.prototype.toJSON = function() {
                            return ScopeMetrics.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ScopeMetrics
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.ScopeMetrics
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ScopeMetrics.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.ScopeMetrics";
                        };

                        return ScopeMetrics;
                    })();

                    v1.Metric = (function() {

                        /**
                         * Properties of a Metric.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.Metric.$Properties
                         * @property {string|null} [name] Metric name
                         * @property {opentelemetry.proto.collector.metrics.v1.Gauge.$Properties|null} [gauge] Metric gauge
                         * @property {opentelemetry.proto.collector.metrics.v1.Sum.$Properties|null} [sum] Metric sum
                         * @property {opentelemetry.proto.collector.metrics.v1.Histogram.$Properties|null} [histogram] Metric histogram
                         * @property {opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Properties|null} [exponentialHistogram] Metric exponentialHistogram
                         * @property {opentelemetry.proto.collector.metrics.v1.Summary.$Properties|null} [summary] Metric summary
                         * @property {"gauge"|"sum"|"histogram"|"exponentialHistogram"|"summary"} [data] Metric data
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a Metric.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IMetric
                         * @augments opentelemetry.proto.collector.metrics.v1.Metric.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.Metric.$Properties instead.
                         */

                        /**
                         * Narrowed shape of a Metric.
                         * @typedef {{
                         *   name?: string|null;
                         *   gauge?: opentelemetry.proto.collector.metrics.v1.Gauge.$Shape|null;
                         *   sum?: opentelemetry.proto.collector.metrics.v1.Sum.$Shape|null;
                         *   histogram?: opentelemetry.proto.collector.metrics.v1.Histogram.$Shape|null;
                         *   exponentialHistogram?: opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Shape|null;
                         *   summary?: opentelemetry.proto.collector.metrics.v1.Summary.$Shape|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * } & (
                         *   ({ data?: undefined; gauge?: null; sum?: null; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "gauge"; gauge: opentelemetry.proto.collector.metrics.v1.Gauge.$Shape; sum?: null; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "sum"; gauge?: null; sum: opentelemetry.proto.collector.metrics.v1.Sum.$Shape; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "histogram"; gauge?: null; sum?: null; histogram: opentelemetry.proto.collector.metrics.v1.Histogram.$Shape; exponentialHistogram?: null; summary?: null }|{ data?: "exponentialHistogram"; gauge?: null; sum?: null; histogram?: null; exponentialHistogram: opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Shape; summary?: null }|{ data?: "summary"; gauge?: null; sum?: null; histogram?: null; exponentialHistogram?: null; summary: opentelemetry.proto.collector.metrics.v1.Summary.$Shape })
                         * )} opentelemetry.proto.collector.metrics.v1.Metric.$Shape
                         */

                        /**
                         * Constructs a new Metric.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a Metric.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.Metric.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Metric = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Metric name.
                         * @member {string} name
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @instance
                         */
                        Metric.prototype.name = "";

                        /**
                         * Metric gauge.
                         * @member {opentelemetry.proto.collector.metrics.v1.Gauge.$Properties|null|undefined} gauge
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @instance
                         */
                        Metric.prototype.gauge = null;

                        /**
                         * Metric sum.
                         * @member {opentelemetry.proto.collector.metrics.v1.Sum.$Properties|null|undefined} sum
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @instance
                         */
                        Metric.prototype.sum = null;

                        /**
                         * Metric histogram.
                         * @member {opentelemetry.proto.collector.metrics.v1.Histogram.$Properties|null|undefined} histogram
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @instance
                         */
                        Metric.prototype.histogram = null;

                        /**
                         * Metric exponentialHistogram.
                         * @member {opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Properties|null|undefined} exponentialHistogram
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @instance
                         */
                        Metric.prototype.exponentialHistogram = null;

                        /**
                         * Metric summary.
                         * @member {opentelemetry.proto.collector.metrics.v1.Summary.$Properties|null|undefined} summary
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @instance
                         */
                        Metric.prototype.summary = null;

                        // OneOf field names bound to virtual getters and setters
                        let $oneOfFields;

                        /**
                         * Metric data.
                         * @member {"gauge"|"sum"|"histogram"|"exponentialHistogram"|"summary"|undefined} data
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @instance
                         */
                        $Object.defineProperty(Metric.prototype, "data", {
                            get: $util.oneOfGetter($oneOfFields = ["gauge", "sum", "histogram", "exponentialHistogram", "summary"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        /**
                         * Creates a new Metric instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Metric.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.Metric} Metric instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.Metric.$Shape): opentelemetry.proto.collector.metrics.v1.Metric & opentelemetry.proto.collector.metrics.v1.Metric.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.Metric.$Properties): opentelemetry.proto.collector.metrics.v1.Metric;
                         * }}
                         */
                        Metric.create = function(properties) {
                            return new Metric(properties);
                        };

                        /**
                         * Encodes the specified Metric message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.Metric.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Metric.$Properties} message Metric message or plain object to encode
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
                            if (message.gauge != null && $Object.hasOwnProperty.call(message, "gauge"))
                                $root.opentelemetry.proto.collector.metrics.v1.Gauge.encode(message.gauge, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                                $root.opentelemetry.proto.collector.metrics.v1.Sum.encode(message.sum, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                            if (message.histogram != null && $Object.hasOwnProperty.call(message, "histogram"))
                                $root.opentelemetry.proto.collector.metrics.v1.Histogram.encode(message.histogram, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                            if (message.exponentialHistogram != null && $Object.hasOwnProperty.call(message, "exponentialHistogram"))
                                $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.encode(message.exponentialHistogram, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                            if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                                $root.opentelemetry.proto.collector.metrics.v1.Summary.encode(message.summary, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified Metric message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.Metric.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Metric.$Properties} message Metric message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Metric.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a Metric message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.Metric & opentelemetry.proto.collector.metrics.v1.Metric.$Shape} Metric
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.Metric();
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
                                case 5: {
                                        if (wireType !== 2)
                                            break;
                                        message.gauge = $root.opentelemetry.proto.collector.metrics.v1.Gauge.decode(reader, reader.size(), $undefined, _depth + 1, message.gauge);
                                        message.data = "gauge";
                                        continue;
                                    }
                                case 7: {
                                        if (wireType !== 2)
                                            break;
                                        message.sum = $root.opentelemetry.proto.collector.metrics.v1.Sum.decode(reader, reader.size(), $undefined, _depth + 1, message.sum);
                                        message.data = "sum";
                                        continue;
                                    }
                                case 9: {
                                        if (wireType !== 2)
                                            break;
                                        message.histogram = $root.opentelemetry.proto.collector.metrics.v1.Histogram.decode(reader, reader.size(), $undefined, _depth + 1, message.histogram);
                                        message.data = "histogram";
                                        continue;
                                    }
                                case 10: {
                                        if (wireType !== 2)
                                            break;
                                        message.exponentialHistogram = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.decode(reader, reader.size(), $undefined, _depth + 1, message.exponentialHistogram);
                                        message.data = "exponentialHistogram";
                                        continue;
                                    }
                                case 11: {
                                        if (wireType !== 2)
                                            break;
                                        message.summary = $root.opentelemetry.proto.collector.metrics.v1.Summary.decode(reader, reader.size(), $undefined, _depth + 1, message.summary);
                                        message.data = "summary";
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
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.Metric & opentelemetry.proto.collector.metrics.v1.Metric.$Shape} Metric
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
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
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
                            let properties = {};
                            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                                if (!$util.isString(message.name))
                                    return "name: string expected";
                            if (message.gauge != null && $Object.hasOwnProperty.call(message, "gauge")) {
                                properties.data = 1;
                                {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.Gauge.verify(message.gauge, _depth + 1);
                                    if (error)
                                        return "gauge." + error;
                                }
                            }
                            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum")) {
                                if (properties.data === 1)
                                    return "data: multiple values";
                                properties.data = 1;
                                {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.Sum.verify(message.sum, _depth + 1);
                                    if (error)
                                        return "sum." + error;
                                }
                            }
                            if (message.histogram != null && $Object.hasOwnProperty.call(message, "histogram")) {
                                if (properties.data === 1)
                                    return "data: multiple values";
                                properties.data = 1;
                                {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.Histogram.verify(message.histogram, _depth + 1);
                                    if (error)
                                        return "histogram." + error;
                                }
                            }
                            if (message.exponentialHistogram != null && $Object.hasOwnProperty.call(message, "exponentialHistogram")) {
                                if (properties.data === 1)
                                    return "data: multiple values";
                                properties.data = 1;
                                {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.verify(message.exponentialHistogram, _depth + 1);
                                    if (error)
                                        return "exponentialHistogram." + error;
                                }
                            }
                            if (message.summary != null && $Object.hasOwnProperty.call(message, "summary")) {
                                if (properties.data === 1)
                                    return "data: multiple values";
                                properties.data = 1;
                                {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.Summary.verify(message.summary, _depth + 1);
                                    if (error)
                                        return "summary." + error;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates a Metric message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.Metric} Metric
                         */
                        Metric.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.Metric)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Metric: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.Metric();
                            if (object.name != null)
                                if (typeof object.name !== "string" || object.name.length)
                                    message.name = $String(object.name);
                            if (object.gauge != null) {
                                if (!$util.isObject(object.gauge))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Metric.gauge: object expected");
                                message.gauge = $root.opentelemetry.proto.collector.metrics.v1.Gauge.fromObject(object.gauge, _depth + 1);
                            }
                            if (object.sum != null) {
                                if (!$util.isObject(object.sum))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Metric.sum: object expected");
                                message.sum = $root.opentelemetry.proto.collector.metrics.v1.Sum.fromObject(object.sum, _depth + 1);
                            }
                            if (object.histogram != null) {
                                if (!$util.isObject(object.histogram))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Metric.histogram: object expected");
                                message.histogram = $root.opentelemetry.proto.collector.metrics.v1.Histogram.fromObject(object.histogram, _depth + 1);
                            }
                            if (object.exponentialHistogram != null) {
                                if (!$util.isObject(object.exponentialHistogram))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Metric.exponentialHistogram: object expected");
                                message.exponentialHistogram = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.fromObject(object.exponentialHistogram, _depth + 1);
                            }
                            if (object.summary != null) {
                                if (!$util.isObject(object.summary))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Metric.summary: object expected");
                                message.summary = $root.opentelemetry.proto.collector.metrics.v1.Summary.fromObject(object.summary, _depth + 1);
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from a Metric message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Metric} message Metric
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
                            if (options.defaults)
                                object.name = "";
                            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                                object.name = message.name;
                            if (message.gauge != null && $Object.hasOwnProperty.call(message, "gauge")) {
                                object.gauge = $root.opentelemetry.proto.collector.metrics.v1.Gauge.toObject(message.gauge, options, _depth + 1);
                                if (options.oneofs)
                                    object.data = "gauge";
                            }
                            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum")) {
                                object.sum = $root.opentelemetry.proto.collector.metrics.v1.Sum.toObject(message.sum, options, _depth + 1);
                                if (options.oneofs)
                                    object.data = "sum";
                            }
                            if (message.histogram != null && $Object.hasOwnProperty.call(message, "histogram")) {
                                object.histogram = $root.opentelemetry.proto.collector.metrics.v1.Histogram.toObject(message.histogram, options, _depth + 1);
                                if (options.oneofs)
                                    object.data = "histogram";
                            }
                            if (message.exponentialHistogram != null && $Object.hasOwnProperty.call(message, "exponentialHistogram")) {
                                object.exponentialHistogram = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.toObject(message.exponentialHistogram, options, _depth + 1);
                                if (options.oneofs)
                                    object.data = "exponentialHistogram";
                            }
                            if (message.summary != null && $Object.hasOwnProperty.call(message, "summary")) {
                                object.summary = $root.opentelemetry.proto.collector.metrics.v1.Summary.toObject(message.summary, options, _depth + 1);
                                if (options.oneofs)
                                    object.data = "summary";
                            }
                            return object;
                        };

                        /**
                         * Converts this Metric to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Metric.prototype.toJSON = function() {
                            return Metric.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for Metric
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.Metric
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Metric.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.Metric";
                        };

                        return Metric;
                    })();

                    v1.Gauge = (function() {

                        /**
                         * Properties of a Gauge.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.Gauge.$Properties
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Properties>|null} [dataPoints] Gauge dataPoints
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a Gauge.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IGauge
                         * @augments opentelemetry.proto.collector.metrics.v1.Gauge.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.Gauge.$Properties instead.
                         */

                        /**
                         * Shape of a Gauge.
                         * @typedef {{
                         *   dataPoints?: Array.<opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Shape>|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.Gauge.$Shape
                         */

                        /**
                         * Constructs a new Gauge.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a Gauge.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.Gauge.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Gauge = function (properties) {
                            this.dataPoints = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Gauge dataPoints.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Properties>} dataPoints
                         * @memberof opentelemetry.proto.collector.metrics.v1.Gauge
                         * @instance
                         */
                        Gauge.prototype.dataPoints = $util.emptyArray;

                        /**
                         * Creates a new Gauge instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.Gauge
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Gauge.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.Gauge} Gauge instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.Gauge.$Shape): opentelemetry.proto.collector.metrics.v1.Gauge & opentelemetry.proto.collector.metrics.v1.Gauge.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.Gauge.$Properties): opentelemetry.proto.collector.metrics.v1.Gauge;
                         * }}
                         */
                        Gauge.create = function(properties) {
                            return new Gauge(properties);
                        };

                        /**
                         * Encodes the specified Gauge message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.Gauge.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.Gauge
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Gauge.$Properties} message Gauge message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Gauge.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.dataPoints != null && message.dataPoints.length)
                                for (let i = 0; i < message.dataPoints.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.NumberDataPoint.encode(message.dataPoints[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified Gauge message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.Gauge.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.Gauge
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Gauge.$Properties} message Gauge message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Gauge.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a Gauge message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.Gauge
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.Gauge & opentelemetry.proto.collector.metrics.v1.Gauge.$Shape} Gauge
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Gauge.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.Gauge();
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
                                        if (!(message.dataPoints && message.dataPoints.length))
                                            message.dataPoints = [];
                                        message.dataPoints.push($root.opentelemetry.proto.collector.metrics.v1.NumberDataPoint.decode(reader, reader.size(), $undefined, _depth + 1));
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
                         * Decodes a Gauge message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.Gauge
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.Gauge & opentelemetry.proto.collector.metrics.v1.Gauge.$Shape} Gauge
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Gauge.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a Gauge message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.Gauge
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        Gauge.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.dataPoints != null && $Object.hasOwnProperty.call(message, "dataPoints")) {
                                if (!$Array.isArray(message.dataPoints))
                                    return "dataPoints: array expected";
                                for (let i = 0; i < message.dataPoints.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.NumberDataPoint.verify(message.dataPoints[i], _depth + 1);
                                    if (error)
                                        return "dataPoints." + error;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates a Gauge message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.Gauge
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.Gauge} Gauge
                         */
                        Gauge.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.Gauge)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Gauge: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.Gauge();
                            if (object.dataPoints) {
                                if (!$Array.isArray(object.dataPoints))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Gauge.dataPoints: array expected");
                                message.dataPoints = $Array(object.dataPoints.length);
                                for (let i = 0; i < object.dataPoints.length; ++i) {
                                    if (!$util.isObject(object.dataPoints[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Gauge.dataPoints: object expected");
                                    message.dataPoints[i] = $root.opentelemetry.proto.collector.metrics.v1.NumberDataPoint.fromObject(object.dataPoints[i], _depth + 1);
                                }
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from a Gauge message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.Gauge
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Gauge} message Gauge
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        Gauge.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.dataPoints = [];
                            if (message.dataPoints && message.dataPoints.length) {
                                object.dataPoints = $Array(message.dataPoints.length);
                                for (let j = 0; j < message.dataPoints.length; ++j)
                                    object.dataPoints[j] = $root.opentelemetry.proto.collector.metrics.v1.NumberDataPoint.toObject(message.dataPoints[j], options, _depth + 1);
                            }
                            return object;
                        };

                        /**
                         * Converts this Gauge to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.Gauge
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Gauge.prototype.toJSON = function() {
                            return Gauge.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for Gauge
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.Gauge
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Gauge.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.Gauge";
                        };

                        return Gauge;
                    })();

                    v1.Sum = (function() {

                        /**
                         * Properties of a Sum.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.Sum.$Properties
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Properties>|null} [dataPoints] Sum dataPoints
                         * @property {opentelemetry.proto.collector.metrics.v1.AggregationTemporality|null} [aggregationTemporality] Sum aggregationTemporality
                         * @property {boolean|null} [isMonotonic] Sum isMonotonic
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a Sum.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface ISum
                         * @augments opentelemetry.proto.collector.metrics.v1.Sum.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.Sum.$Properties instead.
                         */

                        /**
                         * Shape of a Sum.
                         * @typedef {{
                         *   dataPoints?: Array.<opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Shape>|null;
                         *   aggregationTemporality?: opentelemetry.proto.collector.metrics.v1.AggregationTemporality|null;
                         *   isMonotonic?: boolean|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.Sum.$Shape
                         */

                        /**
                         * Constructs a new Sum.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a Sum.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.Sum.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Sum = function (properties) {
                            this.dataPoints = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Sum dataPoints.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Properties>} dataPoints
                         * @memberof opentelemetry.proto.collector.metrics.v1.Sum
                         * @instance
                         */
                        Sum.prototype.dataPoints = $util.emptyArray;

                        /**
                         * Sum aggregationTemporality.
                         * @member {opentelemetry.proto.collector.metrics.v1.AggregationTemporality} aggregationTemporality
                         * @memberof opentelemetry.proto.collector.metrics.v1.Sum
                         * @instance
                         */
                        Sum.prototype.aggregationTemporality = 0;

                        /**
                         * Sum isMonotonic.
                         * @member {boolean} isMonotonic
                         * @memberof opentelemetry.proto.collector.metrics.v1.Sum
                         * @instance
                         */
                        Sum.prototype.isMonotonic = false;

                        /**
                         * Creates a new Sum instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.Sum
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Sum.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.Sum} Sum instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.Sum.$Shape): opentelemetry.proto.collector.metrics.v1.Sum & opentelemetry.proto.collector.metrics.v1.Sum.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.Sum.$Properties): opentelemetry.proto.collector.metrics.v1.Sum;
                         * }}
                         */
                        Sum.create = function(properties) {
                            return new Sum(properties);
                        };

                        /**
                         * Encodes the specified Sum message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.Sum.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.Sum
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Sum.$Properties} message Sum message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Sum.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.dataPoints != null && message.dataPoints.length)
                                for (let i = 0; i < message.dataPoints.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.NumberDataPoint.encode(message.dataPoints[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality") && message.aggregationTemporality !== 0)
                                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.aggregationTemporality);
                            if (message.isMonotonic != null && $Object.hasOwnProperty.call(message, "isMonotonic") && message.isMonotonic !== false)
                                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.isMonotonic);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified Sum message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.Sum.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.Sum
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Sum.$Properties} message Sum message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Sum.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a Sum message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.Sum
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.Sum & opentelemetry.proto.collector.metrics.v1.Sum.$Shape} Sum
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Sum.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.Sum();
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
                                        if (!(message.dataPoints && message.dataPoints.length))
                                            message.dataPoints = [];
                                        message.dataPoints.push($root.opentelemetry.proto.collector.metrics.v1.NumberDataPoint.decode(reader, reader.size(), $undefined, _depth + 1));
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.int32())
                                            message.aggregationTemporality = value;
                                        else
                                            delete message.aggregationTemporality;
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.bool())
                                            message.isMonotonic = value;
                                        else
                                            delete message.isMonotonic;
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
                         * Decodes a Sum message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.Sum
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.Sum & opentelemetry.proto.collector.metrics.v1.Sum.$Shape} Sum
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Sum.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a Sum message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.Sum
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        Sum.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.dataPoints != null && $Object.hasOwnProperty.call(message, "dataPoints")) {
                                if (!$Array.isArray(message.dataPoints))
                                    return "dataPoints: array expected";
                                for (let i = 0; i < message.dataPoints.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.NumberDataPoint.verify(message.dataPoints[i], _depth + 1);
                                    if (error)
                                        return "dataPoints." + error;
                                }
                            }
                            if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality"))
                                if (typeof message.aggregationTemporality !== "number" || (message.aggregationTemporality | 0) !== message.aggregationTemporality)
                                    return "aggregationTemporality: enum value expected";
                            if (message.isMonotonic != null && $Object.hasOwnProperty.call(message, "isMonotonic"))
                                if (typeof message.isMonotonic !== "boolean")
                                    return "isMonotonic: boolean expected";
                            return null;
                        };

                        /**
                         * Creates a Sum message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.Sum
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.Sum} Sum
                         */
                        Sum.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.Sum)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Sum: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.Sum();
                            if (object.dataPoints) {
                                if (!$Array.isArray(object.dataPoints))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Sum.dataPoints: array expected");
                                message.dataPoints = $Array(object.dataPoints.length);
                                for (let i = 0; i < object.dataPoints.length; ++i) {
                                    if (!$util.isObject(object.dataPoints[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Sum.dataPoints: object expected");
                                    message.dataPoints[i] = $root.opentelemetry.proto.collector.metrics.v1.NumberDataPoint.fromObject(object.dataPoints[i], _depth + 1);
                                }
                            }
                            if (object.aggregationTemporality !== 0 && (typeof object.aggregationTemporality !== "string" || $root.opentelemetry.proto.collector.metrics.v1.AggregationTemporality[object.aggregationTemporality] !== 0))
                                switch (object.aggregationTemporality) {
                                case "AGGREGATION_TEMPORALITY_UNSPECIFIED":
                                case 0:
                                    message.aggregationTemporality = 0;
                                    break;
                                case "AGGREGATION_TEMPORALITY_DELTA":
                                case 1:
                                    message.aggregationTemporality = 1;
                                    break;
                                case "AGGREGATION_TEMPORALITY_CUMULATIVE":
                                case 2:
                                    message.aggregationTemporality = 2;
                                    break;
                                default:
                                    if (typeof object.aggregationTemporality === "number" && (object.aggregationTemporality | 0) === object.aggregationTemporality)
                                        message.aggregationTemporality = object.aggregationTemporality;
                                }
                            if (object.isMonotonic != null)
                                if (object.isMonotonic)
                                    message.isMonotonic = $Boolean(object.isMonotonic);
                            return message;
                        };

                        /**
                         * Creates a plain object from a Sum message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.Sum
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Sum} message Sum
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        Sum.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.dataPoints = [];
                            if (options.defaults) {
                                object.aggregationTemporality = options.enums === $String ? "AGGREGATION_TEMPORALITY_UNSPECIFIED" : 0;
                                object.isMonotonic = false;
                            }
                            if (message.dataPoints && message.dataPoints.length) {
                                object.dataPoints = $Array(message.dataPoints.length);
                                for (let j = 0; j < message.dataPoints.length; ++j)
                                    object.dataPoints[j] = $root.opentelemetry.proto.collector.metrics.v1.NumberDataPoint.toObject(message.dataPoints[j], options, _depth + 1);
                            }
                            if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality"))
                                object.aggregationTemporality = options.enums === $String ? $root.opentelemetry.proto.collector.metrics.v1.AggregationTemporality[message.aggregationTemporality] === $undefined ? message.aggregationTemporality : $root.opentelemetry.proto.collector.metrics.v1.AggregationTemporality[message.aggregationTemporality] : message.aggregationTemporality;
                            if (message.isMonotonic != null && $Object.hasOwnProperty.call(message, "isMonotonic"))
                                object.isMonotonic = message.isMonotonic;
                            return object;
                        };

                        /**
                         * Converts this Sum to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.Sum
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Sum.prototype.toJSON = function() {
                            return Sum.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for Sum
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.Sum
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Sum.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.Sum";
                        };

                        return Sum;
                    })();

                    v1.Histogram = (function() {

                        /**
                         * Properties of a Histogram.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.Histogram.$Properties
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Properties>|null} [dataPoints] Histogram dataPoints
                         * @property {opentelemetry.proto.collector.metrics.v1.AggregationTemporality|null} [aggregationTemporality] Histogram aggregationTemporality
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a Histogram.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IHistogram
                         * @augments opentelemetry.proto.collector.metrics.v1.Histogram.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.Histogram.$Properties instead.
                         */

                        /**
                         * Shape of a Histogram.
                         * @typedef {{
                         *   dataPoints?: Array.<opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Shape>|null;
                         *   aggregationTemporality?: opentelemetry.proto.collector.metrics.v1.AggregationTemporality|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.Histogram.$Shape
                         */

                        /**
                         * Constructs a new Histogram.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a Histogram.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.Histogram.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Histogram = function (properties) {
                            this.dataPoints = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Histogram dataPoints.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Properties>} dataPoints
                         * @memberof opentelemetry.proto.collector.metrics.v1.Histogram
                         * @instance
                         */
                        Histogram.prototype.dataPoints = $util.emptyArray;

                        /**
                         * Histogram aggregationTemporality.
                         * @member {opentelemetry.proto.collector.metrics.v1.AggregationTemporality} aggregationTemporality
                         * @memberof opentelemetry.proto.collector.metrics.v1.Histogram
                         * @instance
                         */
                        Histogram.prototype.aggregationTemporality = 0;

                        /**
                         * Creates a new Histogram instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.Histogram
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Histogram.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.Histogram} Histogram instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.Histogram.$Shape): opentelemetry.proto.collector.metrics.v1.Histogram & opentelemetry.proto.collector.metrics.v1.Histogram.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.Histogram.$Properties): opentelemetry.proto.collector.metrics.v1.Histogram;
                         * }}
                         */
                        Histogram.create = function(properties) {
                            return new Histogram(properties);
                        };

                        /**
                         * Encodes the specified Histogram message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.Histogram.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.Histogram
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Histogram.$Properties} message Histogram message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Histogram.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.dataPoints != null && message.dataPoints.length)
                                for (let i = 0; i < message.dataPoints.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.encode(message.dataPoints[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality") && message.aggregationTemporality !== 0)
                                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.aggregationTemporality);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified Histogram message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.Histogram.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.Histogram
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Histogram.$Properties} message Histogram message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Histogram.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a Histogram message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.Histogram
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.Histogram & opentelemetry.proto.collector.metrics.v1.Histogram.$Shape} Histogram
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Histogram.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.Histogram();
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
                                        if (!(message.dataPoints && message.dataPoints.length))
                                            message.dataPoints = [];
                                        message.dataPoints.push($root.opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.decode(reader, reader.size(), $undefined, _depth + 1));
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.int32())
                                            message.aggregationTemporality = value;
                                        else
                                            delete message.aggregationTemporality;
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
                         * Decodes a Histogram message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.Histogram
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.Histogram & opentelemetry.proto.collector.metrics.v1.Histogram.$Shape} Histogram
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Histogram.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a Histogram message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.Histogram
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        Histogram.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.dataPoints != null && $Object.hasOwnProperty.call(message, "dataPoints")) {
                                if (!$Array.isArray(message.dataPoints))
                                    return "dataPoints: array expected";
                                for (let i = 0; i < message.dataPoints.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.verify(message.dataPoints[i], _depth + 1);
                                    if (error)
                                        return "dataPoints." + error;
                                }
                            }
                            if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality"))
                                if (typeof message.aggregationTemporality !== "number" || (message.aggregationTemporality | 0) !== message.aggregationTemporality)
                                    return "aggregationTemporality: enum value expected";
                            return null;
                        };

                        /**
                         * Creates a Histogram message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.Histogram
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.Histogram} Histogram
                         */
                        Histogram.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.Histogram)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Histogram: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.Histogram();
                            if (object.dataPoints) {
                                if (!$Array.isArray(object.dataPoints))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Histogram.dataPoints: array expected");
                                message.dataPoints = $Array(object.dataPoints.length);
                                for (let i = 0; i < object.dataPoints.length; ++i) {
                                    if (!$util.isObject(object.dataPoints[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Histogram.dataPoints: object expected");
                                    message.dataPoints[i] = $root.opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.fromObject(object.dataPoints[i], _depth + 1);
                                }
                            }
                            if (object.aggregationTemporality !== 0 && (typeof object.aggregationTemporality !== "string" || $root.opentelemetry.proto.collector.metrics.v1.AggregationTemporality[object.aggregationTemporality] !== 0))
                                switch (object.aggregationTemporality) {
                                case "AGGREGATION_TEMPORALITY_UNSPECIFIED":
                                case 0:
                                    message.aggregationTemporality = 0;
                                    break;
                                case "AGGREGATION_TEMPORALITY_DELTA":
                                case 1:
                                    message.aggregationTemporality = 1;
                                    break;
                                case "AGGREGATION_TEMPORALITY_CUMULATIVE":
                                case 2:
                                    message.aggregationTemporality = 2;
                                    break;
                                default:
                                    if (typeof object.aggregationTemporality === "number" && (object.aggregationTemporality | 0) === object.aggregationTemporality)
                                        message.aggregationTemporality = object.aggregationTemporality;
                                }
                            return message;
                        };

                        /**
                         * Creates a plain object from a Histogram message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.Histogram
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Histogram} message Histogram
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        Histogram.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.dataPoints = [];
                            if (options.defaults)
                                object.aggregationTemporality = options.enums === $String ? "AGGREGATION_TEMPORALITY_UNSPECIFIED" : 0;
                            if (message.dataPoints && message.dataPoints.length) {
                                object.dataPoints = $Array(message.dataPoints.length);
                                for (let j = 0; j < message.dataPoints.length; ++j)
                                    object.dataPoints[j] = $root.opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.toObject(message.dataPoints[j], options, _depth + 1);
                            }
                            if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality"))
                                object.aggregationTemporality = options.enums === $String ? $root.opentelemetry.proto.collector.metrics.v1.AggregationTemporality[message.aggregationTemporality] === $undefined ? message.aggregationTemporality : $root.opentelemetry.proto.collector.metrics.v1.AggregationTemporality[message.aggregationTemporality] : message.aggregationTemporality;
                            return object;
                        };

                        /**
                         * Converts this Histogram to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.Histogram
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Histogram.prototype.toJSON = function() {
                            return Histogram.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for Histogram
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.Histogram
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Histogram.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.Histogram";
                        };

                        return Histogram;
                    })();

                    v1.ExponentialHistogram = (function() {

                        /**
                         * Properties of an ExponentialHistogram.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Properties
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Properties>|null} [dataPoints] ExponentialHistogram dataPoints
                         * @property {opentelemetry.proto.collector.metrics.v1.AggregationTemporality|null} [aggregationTemporality] ExponentialHistogram aggregationTemporality
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExponentialHistogram.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IExponentialHistogram
                         * @augments opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Properties instead.
                         */

                        /**
                         * Shape of an ExponentialHistogram.
                         * @typedef {{
                         *   dataPoints?: Array.<opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Shape>|null;
                         *   aggregationTemporality?: opentelemetry.proto.collector.metrics.v1.AggregationTemporality|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Shape
                         */

                        /**
                         * Constructs a new ExponentialHistogram.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents an ExponentialHistogram.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ExponentialHistogram = function (properties) {
                            this.dataPoints = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * ExponentialHistogram dataPoints.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Properties>} dataPoints
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogram
                         * @instance
                         */
                        ExponentialHistogram.prototype.dataPoints = $util.emptyArray;

                        /**
                         * ExponentialHistogram aggregationTemporality.
                         * @member {opentelemetry.proto.collector.metrics.v1.AggregationTemporality} aggregationTemporality
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogram
                         * @instance
                         */
                        ExponentialHistogram.prototype.aggregationTemporality = 0;

                        /**
                         * Creates a new ExponentialHistogram instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogram
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExponentialHistogram} ExponentialHistogram instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Shape): opentelemetry.proto.collector.metrics.v1.ExponentialHistogram & opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Properties): opentelemetry.proto.collector.metrics.v1.ExponentialHistogram;
                         * }}
                         */
                        ExponentialHistogram.create = function(properties) {
                            return new ExponentialHistogram(properties);
                        };

                        /**
                         * Encodes the specified ExponentialHistogram message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogram
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Properties} message ExponentialHistogram message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExponentialHistogram.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.dataPoints != null && message.dataPoints.length)
                                for (let i = 0; i < message.dataPoints.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.encode(message.dataPoints[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality") && message.aggregationTemporality !== 0)
                                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.aggregationTemporality);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified ExponentialHistogram message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogram
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Properties} message ExponentialHistogram message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExponentialHistogram.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExponentialHistogram message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogram
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExponentialHistogram & opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Shape} ExponentialHistogram
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExponentialHistogram.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogram();
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
                                        if (!(message.dataPoints && message.dataPoints.length))
                                            message.dataPoints = [];
                                        message.dataPoints.push($root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.decode(reader, reader.size(), $undefined, _depth + 1));
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.int32())
                                            message.aggregationTemporality = value;
                                        else
                                            delete message.aggregationTemporality;
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
                         * Decodes an ExponentialHistogram message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogram
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExponentialHistogram & opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.$Shape} ExponentialHistogram
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExponentialHistogram.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExponentialHistogram message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogram
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExponentialHistogram.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.dataPoints != null && $Object.hasOwnProperty.call(message, "dataPoints")) {
                                if (!$Array.isArray(message.dataPoints))
                                    return "dataPoints: array expected";
                                for (let i = 0; i < message.dataPoints.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.verify(message.dataPoints[i], _depth + 1);
                                    if (error)
                                        return "dataPoints." + error;
                                }
                            }
                            if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality"))
                                if (typeof message.aggregationTemporality !== "number" || (message.aggregationTemporality | 0) !== message.aggregationTemporality)
                                    return "aggregationTemporality: enum value expected";
                            return null;
                        };

                        /**
                         * Creates an ExponentialHistogram message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogram
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExponentialHistogram} ExponentialHistogram
                         */
                        ExponentialHistogram.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogram)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExponentialHistogram: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogram();
                            if (object.dataPoints) {
                                if (!$Array.isArray(object.dataPoints))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.dataPoints: array expected");
                                message.dataPoints = $Array(object.dataPoints.length);
                                for (let i = 0; i < object.dataPoints.length; ++i) {
                                    if (!$util.isObject(object.dataPoints[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExponentialHistogram.dataPoints: object expected");
                                    message.dataPoints[i] = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.fromObject(object.dataPoints[i], _depth + 1);
                                }
                            }
                            if (object.aggregationTemporality !== 0 && (typeof object.aggregationTemporality !== "string" || $root.opentelemetry.proto.collector.metrics.v1.AggregationTemporality[object.aggregationTemporality] !== 0))
                                switch (object.aggregationTemporality) {
                                case "AGGREGATION_TEMPORALITY_UNSPECIFIED":
                                case 0:
                                    message.aggregationTemporality = 0;
                                    break;
                                case "AGGREGATION_TEMPORALITY_DELTA":
                                case 1:
                                    message.aggregationTemporality = 1;
                                    break;
                                case "AGGREGATION_TEMPORALITY_CUMULATIVE":
                                case 2:
                                    message.aggregationTemporality = 2;
                                    break;
                                default:
                                    if (typeof object.aggregationTemporality === "number" && (object.aggregationTemporality | 0) === object.aggregationTemporality)
                                        message.aggregationTemporality = object.aggregationTemporality;
                                }
                            return message;
                        };

                        /**
                         * Creates a plain object from an ExponentialHistogram message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogram
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogram} message ExponentialHistogram
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExponentialHistogram.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.dataPoints = [];
                            if (options.defaults)
                                object.aggregationTemporality = options.enums === $String ? "AGGREGATION_TEMPORALITY_UNSPECIFIED" : 0;
                            if (message.dataPoints && message.dataPoints.length) {
                                object.dataPoints = $Array(message.dataPoints.length);
                                for (let j = 0; j < message.dataPoints.length; ++j)
                                    object.dataPoints[j] = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.toObject(message.dataPoints[j], options, _depth + 1);
                            }
                            if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality"))
                                object.aggregationTemporality = options.enums === $String ? $root.opentelemetry.proto.collector.metrics.v1.AggregationTemporality[message.aggregationTemporality] === $undefined ? message.aggregationTemporality : $root.opentelemetry.proto.collector.metrics.v1.AggregationTemporality[message.aggregationTemporality] : message.aggregationTemporality;
                            return object;
                        };

                        /**
                         * Converts this ExponentialHistogram to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogram
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExponentialHistogram.prototype.toJSON = function() {
                            return ExponentialHistogram.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExponentialHistogram
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogram
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExponentialHistogram.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.ExponentialHistogram";
                        };

                        return ExponentialHistogram;
                    })();

                    v1.Summary = (function() {

                        /**
                         * Properties of a Summary.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.Summary.$Properties
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Properties>|null} [dataPoints] Summary dataPoints
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a Summary.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface ISummary
                         * @augments opentelemetry.proto.collector.metrics.v1.Summary.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.Summary.$Properties instead.
                         */

                        /**
                         * Shape of a Summary.
                         * @typedef {{
                         *   dataPoints?: Array.<opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Shape>|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.Summary.$Shape
                         */

                        /**
                         * Constructs a new Summary.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a Summary.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.Summary.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Summary = function (properties) {
                            this.dataPoints = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Summary dataPoints.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Properties>} dataPoints
                         * @memberof opentelemetry.proto.collector.metrics.v1.Summary
                         * @instance
                         */
                        Summary.prototype.dataPoints = $util.emptyArray;

                        /**
                         * Creates a new Summary instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.Summary
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Summary.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.Summary} Summary instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.Summary.$Shape): opentelemetry.proto.collector.metrics.v1.Summary & opentelemetry.proto.collector.metrics.v1.Summary.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.Summary.$Properties): opentelemetry.proto.collector.metrics.v1.Summary;
                         * }}
                         */
                        Summary.create = function(properties) {
                            return new Summary(properties);
                        };

                        /**
                         * Encodes the specified Summary message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.Summary.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.Summary
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Summary.$Properties} message Summary message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Summary.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.dataPoints != null && message.dataPoints.length)
                                for (let i = 0; i < message.dataPoints.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.encode(message.dataPoints[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified Summary message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.Summary.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.Summary
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Summary.$Properties} message Summary message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Summary.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a Summary message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.Summary
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.Summary & opentelemetry.proto.collector.metrics.v1.Summary.$Shape} Summary
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Summary.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.Summary();
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
                                        if (!(message.dataPoints && message.dataPoints.length))
                                            message.dataPoints = [];
                                        message.dataPoints.push($root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.decode(reader, reader.size(), $undefined, _depth + 1));
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
                         * Decodes a Summary message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.Summary
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.Summary & opentelemetry.proto.collector.metrics.v1.Summary.$Shape} Summary
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Summary.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a Summary message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.Summary
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        Summary.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.dataPoints != null && $Object.hasOwnProperty.call(message, "dataPoints")) {
                                if (!$Array.isArray(message.dataPoints))
                                    return "dataPoints: array expected";
                                for (let i = 0; i < message.dataPoints.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.verify(message.dataPoints[i], _depth + 1);
                                    if (error)
                                        return "dataPoints." + error;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates a Summary message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.Summary
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.Summary} Summary
                         */
                        Summary.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.Summary)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Summary: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.Summary();
                            if (object.dataPoints) {
                                if (!$Array.isArray(object.dataPoints))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Summary.dataPoints: array expected");
                                message.dataPoints = $Array(object.dataPoints.length);
                                for (let i = 0; i < object.dataPoints.length; ++i) {
                                    if (!$util.isObject(object.dataPoints[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.Summary.dataPoints: object expected");
                                    message.dataPoints[i] = $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.fromObject(object.dataPoints[i], _depth + 1);
                                }
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from a Summary message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.Summary
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.Summary} message Summary
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        Summary.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.dataPoints = [];
                            if (message.dataPoints && message.dataPoints.length) {
                                object.dataPoints = $Array(message.dataPoints.length);
                                for (let j = 0; j < message.dataPoints.length; ++j)
                                    object.dataPoints[j] = $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.toObject(message.dataPoints[j], options, _depth + 1);
                            }
                            return object;
                        };

                        /**
                         * Converts this Summary to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.Summary
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Summary.prototype.toJSON = function() {
                            return Summary.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for Summary
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.Summary
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Summary.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.Summary";
                        };

                        return Summary;
                    })();

                    /**
                     * AggregationTemporality enum.
                     * @name opentelemetry.proto.collector.metrics.v1.AggregationTemporality
                     * @enum {number}
                     * @property {number} AGGREGATION_TEMPORALITY_UNSPECIFIED=0 AGGREGATION_TEMPORALITY_UNSPECIFIED value
                     * @property {number} AGGREGATION_TEMPORALITY_DELTA=1 AGGREGATION_TEMPORALITY_DELTA value
                     * @property {number} AGGREGATION_TEMPORALITY_CUMULATIVE=2 AGGREGATION_TEMPORALITY_CUMULATIVE value
                     */
                    v1.AggregationTemporality = (function() {
                        const valuesById = $Object.create(null), values = $Object.create(valuesById);
                        values[valuesById[0] = "AGGREGATION_TEMPORALITY_UNSPECIFIED"] = 0;
                        values[valuesById[1] = "AGGREGATION_TEMPORALITY_DELTA"] = 1;
                        values[valuesById[2] = "AGGREGATION_TEMPORALITY_CUMULATIVE"] = 2;
                        return values;
                    })();

                    v1.NumberDataPoint = (function() {

                        /**
                         * Properties of a NumberDataPoint.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Properties
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties>|null} [attributes] NumberDataPoint attributes
                         * @property {number|null} [startTimeUnixNano] NumberDataPoint startTimeUnixNano
                         * @property {number|null} [timeUnixNano] NumberDataPoint timeUnixNano
                         * @property {number|null} [asDouble] NumberDataPoint asDouble
                         * @property {number|null} [asInt] NumberDataPoint asInt
                         * @property {number|null} [flags] NumberDataPoint flags
                         * @property {"asDouble"|"asInt"} [value] NumberDataPoint value
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a NumberDataPoint.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface INumberDataPoint
                         * @augments opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Properties instead.
                         */

                        /**
                         * Narrowed shape of a NumberDataPoint.
                         * @typedef {{
                         *   attributes?: Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Shape>|null;
                         *   startTimeUnixNano?: number|null;
                         *   timeUnixNano?: number|null;
                         *   asDouble?: number|null;
                         *   asInt?: number|null;
                         *   flags?: number|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * } & (
                         *   ({ value?: undefined; asDouble?: null; asInt?: null }|{ value?: "asDouble"; asDouble: number; asInt?: null }|{ value?: "asInt"; asDouble?: null; asInt: number })
                         * )} opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Shape
                         */

                        /**
                         * Constructs a new NumberDataPoint.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a NumberDataPoint.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const NumberDataPoint = function (properties) {
                            this.attributes = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * NumberDataPoint attributes.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties>} attributes
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @instance
                         */
                        NumberDataPoint.prototype.attributes = $util.emptyArray;

                        /**
                         * NumberDataPoint startTimeUnixNano.
                         * @member {number} startTimeUnixNano
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @instance
                         */
                        NumberDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * NumberDataPoint timeUnixNano.
                         * @member {number} timeUnixNano
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @instance
                         */
                        NumberDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * NumberDataPoint asDouble.
                         * @member {number|null|undefined} asDouble
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @instance
                         */
                        NumberDataPoint.prototype.asDouble = null;

                        /**
                         * NumberDataPoint asInt.
                         * @member {number|null|undefined} asInt
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @instance
                         */
                        NumberDataPoint.prototype.asInt = null;

                        /**
                         * NumberDataPoint flags.
                         * @member {number} flags
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @instance
                         */
                        NumberDataPoint.prototype.flags = 0;

                        // OneOf field names bound to virtual getters and setters
                        let $oneOfFields;

                        /**
                         * NumberDataPoint value.
                         * @member {"asDouble"|"asInt"|undefined} value
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @instance
                         */
                        $Object.defineProperty(NumberDataPoint.prototype, "value", {
                            get: $util.oneOfGetter($oneOfFields = ["asDouble", "asInt"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        /**
                         * Creates a new NumberDataPoint instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.NumberDataPoint} NumberDataPoint instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Shape): opentelemetry.proto.collector.metrics.v1.NumberDataPoint & opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Properties): opentelemetry.proto.collector.metrics.v1.NumberDataPoint;
                         * }}
                         */
                        NumberDataPoint.create = function(properties) {
                            return new NumberDataPoint(properties);
                        };

                        /**
                         * Encodes the specified NumberDataPoint message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.NumberDataPoint.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Properties} message NumberDataPoint message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        NumberDataPoint.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano") && (typeof message.startTimeUnixNano === "object" ? message.startTimeUnixNano.low || message.startTimeUnixNano.high : message.startTimeUnixNano !== 0))
                                writer.uint32(/* id 2, wireType 1 =*/17).fixed64(message.startTimeUnixNano);
                            if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano") && (typeof message.timeUnixNano === "object" ? message.timeUnixNano.low || message.timeUnixNano.high : message.timeUnixNano !== 0))
                                writer.uint32(/* id 3, wireType 1 =*/25).fixed64(message.timeUnixNano);
                            if (message.asDouble != null && $Object.hasOwnProperty.call(message, "asDouble"))
                                writer.uint32(/* id 4, wireType 1 =*/33).double(message.asDouble);
                            if (message.asInt != null && $Object.hasOwnProperty.call(message, "asInt"))
                                writer.uint32(/* id 6, wireType 1 =*/49).sfixed64(message.asInt);
                            if (message.attributes != null && message.attributes.length)
                                for (let i = 0; i < message.attributes.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.KeyValue.encode(message.attributes[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                            if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.flags);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified NumberDataPoint message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.NumberDataPoint.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Properties} message NumberDataPoint message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        NumberDataPoint.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a NumberDataPoint message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.NumberDataPoint & opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Shape} NumberDataPoint
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        NumberDataPoint.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.NumberDataPoint();
                            while (reader.pos < end) {
                                let start = reader.pos;
                                let tag = reader.tag();
                                if (tag === _end) {
                                    _end = $undefined;
                                    break;
                                }
                                let wireType = tag & 7;
                                switch (tag >>>= 3) {
                                case 7: {
                                        if (wireType !== 2)
                                            break;
                                        if (!(message.attributes && message.attributes.length))
                                            message.attributes = [];
                                        message.attributes.push($root.opentelemetry.proto.collector.metrics.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 1)
                                            break;
                                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                            message.startTimeUnixNano = value;
                                        else
                                            delete message.startTimeUnixNano;
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 1)
                                            break;
                                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                            message.timeUnixNano = value;
                                        else
                                            delete message.timeUnixNano;
                                        continue;
                                    }
                                case 4: {
                                        if (wireType !== 1)
                                            break;
                                        message.asDouble = reader.double();
                                        message.value = "asDouble";
                                        continue;
                                    }
                                case 6: {
                                        if (wireType !== 1)
                                            break;
                                        message.asInt = reader.sfixed64();
                                        message.value = "asInt";
                                        continue;
                                    }
                                case 8: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.uint32())
                                            message.flags = value;
                                        else
                                            delete message.flags;
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
                         * Decodes a NumberDataPoint message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.NumberDataPoint & opentelemetry.proto.collector.metrics.v1.NumberDataPoint.$Shape} NumberDataPoint
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        NumberDataPoint.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a NumberDataPoint message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        NumberDataPoint.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            let properties = {};
                            if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                                if (!$Array.isArray(message.attributes))
                                    return "attributes: array expected";
                                for (let i = 0; i < message.attributes.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.verify(message.attributes[i], _depth + 1);
                                    if (error)
                                        return "attributes." + error;
                                }
                            }
                            if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                                if (!$util.isInteger(message.startTimeUnixNano) && !(message.startTimeUnixNano && $util.isInteger(message.startTimeUnixNano.low) && $util.isInteger(message.startTimeUnixNano.high)))
                                    return "startTimeUnixNano: integer|Long expected";
                            if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano"))
                                if (!$util.isInteger(message.timeUnixNano) && !(message.timeUnixNano && $util.isInteger(message.timeUnixNano.low) && $util.isInteger(message.timeUnixNano.high)))
                                    return "timeUnixNano: integer|Long expected";
                            if (message.asDouble != null && $Object.hasOwnProperty.call(message, "asDouble")) {
                                properties.value = 1;
                                if (typeof message.asDouble !== "number")
                                    return "asDouble: number expected";
                            }
                            if (message.asInt != null && $Object.hasOwnProperty.call(message, "asInt")) {
                                if (properties.value === 1)
                                    return "value: multiple values";
                                properties.value = 1;
                                if (!$util.isInteger(message.asInt) && !(message.asInt && $util.isInteger(message.asInt.low) && $util.isInteger(message.asInt.high)))
                                    return "asInt: integer|Long expected";
                            }
                            if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                                if (!$util.isInteger(message.flags))
                                    return "flags: integer expected";
                            return null;
                        };

                        /**
                         * Creates a NumberDataPoint message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.NumberDataPoint} NumberDataPoint
                         */
                        NumberDataPoint.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.NumberDataPoint)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.NumberDataPoint: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.NumberDataPoint();
                            if (object.attributes) {
                                if (!$Array.isArray(object.attributes))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.NumberDataPoint.attributes: array expected");
                                message.attributes = $Array(object.attributes.length);
                                for (let i = 0; i < object.attributes.length; ++i) {
                                    if (!$util.isObject(object.attributes[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.NumberDataPoint.attributes: object expected");
                                    message.attributes[i] = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                                }
                            }
                            if (object.startTimeUnixNano != null)
                                if (typeof object.startTimeUnixNano === "object" ? object.startTimeUnixNano.low || object.startTimeUnixNano.high : $Number(object.startTimeUnixNano) !== 0)
                                    if ($util.Long)
                                        message.startTimeUnixNano = $util.Long.fromValue(object.startTimeUnixNano, true);
                                    else if (typeof object.startTimeUnixNano === "string")
                                        message.startTimeUnixNano = $parseInt(object.startTimeUnixNano, 10);
                                    else if (typeof object.startTimeUnixNano === "number")
                                        message.startTimeUnixNano = object.startTimeUnixNano;
                                    else if (typeof object.startTimeUnixNano === "object")
                                        message.startTimeUnixNano = new $util.LongBits(object.startTimeUnixNano.low >>> 0, object.startTimeUnixNano.high >>> 0).toNumber(true);
                            if (object.timeUnixNano != null)
                                if (typeof object.timeUnixNano === "object" ? object.timeUnixNano.low || object.timeUnixNano.high : $Number(object.timeUnixNano) !== 0)
                                    if ($util.Long)
                                        message.timeUnixNano = $util.Long.fromValue(object.timeUnixNano, true);
                                    else if (typeof object.timeUnixNano === "string")
                                        message.timeUnixNano = $parseInt(object.timeUnixNano, 10);
                                    else if (typeof object.timeUnixNano === "number")
                                        message.timeUnixNano = object.timeUnixNano;
                                    else if (typeof object.timeUnixNano === "object")
                                        message.timeUnixNano = new $util.LongBits(object.timeUnixNano.low >>> 0, object.timeUnixNano.high >>> 0).toNumber(true);
                            if (object.asDouble != null)
                                message.asDouble = $Number(object.asDouble);
                            if (object.asInt != null)
                                if ($util.Long)
                                    message.asInt = $util.Long.fromValue(object.asInt, false);
                                else if (typeof object.asInt === "string")
                                    message.asInt = $parseInt(object.asInt, 10);
                                else if (typeof object.asInt === "number")
                                    message.asInt = object.asInt;
                                else if (typeof object.asInt === "object")
                                    message.asInt = new $util.LongBits(object.asInt.low >>> 0, object.asInt.high >>> 0).toNumber();
                            if (object.flags != null)
                                if ($Number(object.flags) !== 0)
                                    message.flags = object.flags >>> 0;
                            return message;
                        };

                        /**
                         * Creates a plain object from a NumberDataPoint message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.NumberDataPoint} message NumberDataPoint
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        NumberDataPoint.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.attributes = [];
                            if (options.defaults) {
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.startTimeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.startTimeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.timeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.timeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                object.flags = 0;
                            }
                            if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.startTimeUnixNano = typeof message.startTimeUnixNano === "number" ? $BigInt(message.startTimeUnixNano) : $util.Long.fromBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0, true).toBigInt();
                                else if (typeof message.startTimeUnixNano === "number")
                                    object.startTimeUnixNano = options.longs === $String ? $String(message.startTimeUnixNano) : message.startTimeUnixNano;
                                else
                                    object.startTimeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeUnixNano) : options.longs === $Number ? new $util.LongBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0).toNumber(true) : message.startTimeUnixNano;
                            if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.timeUnixNano = typeof message.timeUnixNano === "number" ? $BigInt(message.timeUnixNano) : $util.Long.fromBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0, true).toBigInt();
                                else if (typeof message.timeUnixNano === "number")
                                    object.timeUnixNano = options.longs === $String ? $String(message.timeUnixNano) : message.timeUnixNano;
                                else
                                    object.timeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUnixNano) : options.longs === $Number ? new $util.LongBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0).toNumber(true) : message.timeUnixNano;
                            if (message.asDouble != null && $Object.hasOwnProperty.call(message, "asDouble")) {
                                object.asDouble = options.json && !$isFinite(message.asDouble) ? $String(message.asDouble) : message.asDouble;
                                if (options.oneofs)
                                    object.value = "asDouble";
                            }
                            if (message.asInt != null && $Object.hasOwnProperty.call(message, "asInt")) {
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.asInt = typeof message.asInt === "number" ? $BigInt(message.asInt) : $util.Long.fromBits(message.asInt.low >>> 0, message.asInt.high >>> 0, false).toBigInt();
                                else if (typeof message.asInt === "number")
                                    object.asInt = options.longs === $String ? $String(message.asInt) : message.asInt;
                                else
                                    object.asInt = options.longs === $String ? $util.Long.prototype.toString.call(message.asInt) : options.longs === $Number ? new $util.LongBits(message.asInt.low >>> 0, message.asInt.high >>> 0).toNumber() : message.asInt;
                                if (options.oneofs)
                                    object.value = "asInt";
                            }
                            if (message.attributes && message.attributes.length) {
                                object.attributes = $Array(message.attributes.length);
                                for (let j = 0; j < message.attributes.length; ++j)
                                    object.attributes[j] = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                            }
                            if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                                object.flags = message.flags;
                            return object;
                        };

                        /**
                         * Converts this NumberDataPoint to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        NumberDataPoint.prototype.toJSON = function() {
                            return NumberDataPoint.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for NumberDataPoint
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.NumberDataPoint
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        NumberDataPoint.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.NumberDataPoint";
                        };

                        return NumberDataPoint;
                    })();

                    v1.HistogramDataPoint = (function() {

                        /**
                         * Properties of a HistogramDataPoint.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Properties
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties>|null} [attributes] HistogramDataPoint attributes
                         * @property {number|null} [startTimeUnixNano] HistogramDataPoint startTimeUnixNano
                         * @property {number|null} [timeUnixNano] HistogramDataPoint timeUnixNano
                         * @property {number|null} [count] HistogramDataPoint count
                         * @property {number|null} [sum] HistogramDataPoint sum
                         * @property {Array.<number>|null} [bucketCounts] HistogramDataPoint bucketCounts
                         * @property {Array.<number>|null} [explicitBounds] HistogramDataPoint explicitBounds
                         * @property {number|null} [flags] HistogramDataPoint flags
                         * @property {number|null} [min] HistogramDataPoint min
                         * @property {number|null} [max] HistogramDataPoint max
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a HistogramDataPoint.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IHistogramDataPoint
                         * @augments opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Properties instead.
                         */

                        /**
                         * Shape of a HistogramDataPoint.
                         * @typedef {{
                         *   attributes?: Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Shape>|null;
                         *   startTimeUnixNano?: number|null;
                         *   timeUnixNano?: number|null;
                         *   count?: number|null;
                         *   sum?: number|null;
                         *   bucketCounts?: Array.<number>|null;
                         *   explicitBounds?: Array.<number>|null;
                         *   flags?: number|null;
                         *   min?: number|null;
                         *   max?: number|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Shape
                         */

                        /**
                         * Constructs a new HistogramDataPoint.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a HistogramDataPoint.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const HistogramDataPoint = function (properties) {
                            this.attributes = [];
                            this.bucketCounts = [];
                            this.explicitBounds = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * HistogramDataPoint attributes.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties>} attributes
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @instance
                         */
                        HistogramDataPoint.prototype.attributes = $util.emptyArray;

                        /**
                         * HistogramDataPoint startTimeUnixNano.
                         * @member {number} startTimeUnixNano
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @instance
                         */
                        HistogramDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * HistogramDataPoint timeUnixNano.
                         * @member {number} timeUnixNano
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @instance
                         */
                        HistogramDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * HistogramDataPoint count.
                         * @member {number} count
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @instance
                         */
                        HistogramDataPoint.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * HistogramDataPoint sum.
                         * @member {number|null|undefined} sum
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @instance
                         */
                        HistogramDataPoint.prototype.sum = null;

                        /**
                         * HistogramDataPoint bucketCounts.
                         * @member {Array.<number>} bucketCounts
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @instance
                         */
                        HistogramDataPoint.prototype.bucketCounts = $util.emptyArray;

                        /**
                         * HistogramDataPoint explicitBounds.
                         * @member {Array.<number>} explicitBounds
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @instance
                         */
                        HistogramDataPoint.prototype.explicitBounds = $util.emptyArray;

                        /**
                         * HistogramDataPoint flags.
                         * @member {number} flags
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @instance
                         */
                        HistogramDataPoint.prototype.flags = 0;

                        /**
                         * HistogramDataPoint min.
                         * @member {number|null|undefined} min
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @instance
                         */
                        HistogramDataPoint.prototype.min = null;

                        /**
                         * HistogramDataPoint max.
                         * @member {number|null|undefined} max
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @instance
                         */
                        HistogramDataPoint.prototype.max = null;

                        // OneOf field names bound to virtual getters and setters
                        let $oneOfFields;

                        // Virtual OneOf for proto3 optional field
                        $Object.defineProperty(HistogramDataPoint.prototype, "_sum", {
                            get: $util.oneOfGetter($oneOfFields = ["sum"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        // Virtual OneOf for proto3 optional field
                        $Object.defineProperty(HistogramDataPoint.prototype, "_min", {
                            get: $util.oneOfGetter($oneOfFields = ["min"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        // Virtual OneOf for proto3 optional field
                        $Object.defineProperty(HistogramDataPoint.prototype, "_max", {
                            get: $util.oneOfGetter($oneOfFields = ["max"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        /**
                         * Creates a new HistogramDataPoint instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.HistogramDataPoint} HistogramDataPoint instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Shape): opentelemetry.proto.collector.metrics.v1.HistogramDataPoint & opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Properties): opentelemetry.proto.collector.metrics.v1.HistogramDataPoint;
                         * }}
                         */
                        HistogramDataPoint.create = function(properties) {
                            return new HistogramDataPoint(properties);
                        };

                        /**
                         * Encodes the specified HistogramDataPoint message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Properties} message HistogramDataPoint message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        HistogramDataPoint.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano") && (typeof message.startTimeUnixNano === "object" ? message.startTimeUnixNano.low || message.startTimeUnixNano.high : message.startTimeUnixNano !== 0))
                                writer.uint32(/* id 2, wireType 1 =*/17).fixed64(message.startTimeUnixNano);
                            if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano") && (typeof message.timeUnixNano === "object" ? message.timeUnixNano.low || message.timeUnixNano.high : message.timeUnixNano !== 0))
                                writer.uint32(/* id 3, wireType 1 =*/25).fixed64(message.timeUnixNano);
                            if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                                writer.uint32(/* id 4, wireType 1 =*/33).fixed64(message.count);
                            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                                writer.uint32(/* id 5, wireType 1 =*/41).double(message.sum);
                            if (message.bucketCounts != null && message.bucketCounts.length)
                                writer.uint32(/* id 6, wireType 2 =*/50).fixed64s(message.bucketCounts);
                            if (message.explicitBounds != null && message.explicitBounds.length)
                                writer.uint32(/* id 7, wireType 2 =*/58).doubles(message.explicitBounds);
                            if (message.attributes != null && message.attributes.length)
                                for (let i = 0; i < message.attributes.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.KeyValue.encode(message.attributes[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                            if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.flags);
                            if (message.min != null && $Object.hasOwnProperty.call(message, "min"))
                                writer.uint32(/* id 11, wireType 1 =*/89).double(message.min);
                            if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                                writer.uint32(/* id 12, wireType 1 =*/97).double(message.max);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified HistogramDataPoint message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Properties} message HistogramDataPoint message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        HistogramDataPoint.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a HistogramDataPoint message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.HistogramDataPoint & opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Shape} HistogramDataPoint
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        HistogramDataPoint.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.HistogramDataPoint();
                            while (reader.pos < end) {
                                let start = reader.pos;
                                let tag = reader.tag();
                                if (tag === _end) {
                                    _end = $undefined;
                                    break;
                                }
                                let wireType = tag & 7;
                                switch (tag >>>= 3) {
                                case 9: {
                                        if (wireType !== 2)
                                            break;
                                        if (!(message.attributes && message.attributes.length))
                                            message.attributes = [];
                                        message.attributes.push($root.opentelemetry.proto.collector.metrics.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 1)
                                            break;
                                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                            message.startTimeUnixNano = value;
                                        else
                                            delete message.startTimeUnixNano;
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 1)
                                            break;
                                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                            message.timeUnixNano = value;
                                        else
                                            delete message.timeUnixNano;
                                        continue;
                                    }
                                case 4: {
                                        if (wireType !== 1)
                                            break;
                                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                            message.count = value;
                                        else
                                            delete message.count;
                                        continue;
                                    }
                                case 5: {
                                        if (wireType !== 1)
                                            break;
                                        message.sum = reader.double();
                                        message._sum = "sum";
                                        continue;
                                    }
                                case 6: {
                                        if (wireType === 2) {
                                            if (!(message.bucketCounts && message.bucketCounts.length))
                                                message.bucketCounts = [];
                                            reader.fixed64s(message.bucketCounts);
                                            continue;
                                        }
                                        if (wireType !== 1)
                                            break;
                                        if (!(message.bucketCounts && message.bucketCounts.length))
                                            message.bucketCounts = [];
                                        message.bucketCounts.push(reader.fixed64());
                                        continue;
                                    }
                                case 7: {
                                        if (wireType === 2) {
                                            if (!(message.explicitBounds && message.explicitBounds.length))
                                                message.explicitBounds = [];
                                            reader.doubles(message.explicitBounds);
                                            continue;
                                        }
                                        if (wireType !== 1)
                                            break;
                                        if (!(message.explicitBounds && message.explicitBounds.length))
                                            message.explicitBounds = [];
                                        message.explicitBounds.push(reader.double());
                                        continue;
                                    }
                                case 10: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.uint32())
                                            message.flags = value;
                                        else
                                            delete message.flags;
                                        continue;
                                    }
                                case 11: {
                                        if (wireType !== 1)
                                            break;
                                        message.min = reader.double();
                                        message._min = "min";
                                        continue;
                                    }
                                case 12: {
                                        if (wireType !== 1)
                                            break;
                                        message.max = reader.double();
                                        message._max = "max";
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
                         * Decodes a HistogramDataPoint message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.HistogramDataPoint & opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.$Shape} HistogramDataPoint
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        HistogramDataPoint.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a HistogramDataPoint message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        HistogramDataPoint.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            let properties = {};
                            if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                                if (!$Array.isArray(message.attributes))
                                    return "attributes: array expected";
                                for (let i = 0; i < message.attributes.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.verify(message.attributes[i], _depth + 1);
                                    if (error)
                                        return "attributes." + error;
                                }
                            }
                            if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                                if (!$util.isInteger(message.startTimeUnixNano) && !(message.startTimeUnixNano && $util.isInteger(message.startTimeUnixNano.low) && $util.isInteger(message.startTimeUnixNano.high)))
                                    return "startTimeUnixNano: integer|Long expected";
                            if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano"))
                                if (!$util.isInteger(message.timeUnixNano) && !(message.timeUnixNano && $util.isInteger(message.timeUnixNano.low) && $util.isInteger(message.timeUnixNano.high)))
                                    return "timeUnixNano: integer|Long expected";
                            if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                                if (!$util.isInteger(message.count) && !(message.count && $util.isInteger(message.count.low) && $util.isInteger(message.count.high)))
                                    return "count: integer|Long expected";
                            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum")) {
                                properties._sum = 1;
                                if (typeof message.sum !== "number")
                                    return "sum: number expected";
                            }
                            if (message.bucketCounts != null && $Object.hasOwnProperty.call(message, "bucketCounts")) {
                                if (!$Array.isArray(message.bucketCounts))
                                    return "bucketCounts: array expected";
                                for (let i = 0; i < message.bucketCounts.length; ++i)
                                    if (!$util.isInteger(message.bucketCounts[i]) && !(message.bucketCounts[i] && $util.isInteger(message.bucketCounts[i].low) && $util.isInteger(message.bucketCounts[i].high)))
                                        return "bucketCounts: integer|Long[] expected";
                            }
                            if (message.explicitBounds != null && $Object.hasOwnProperty.call(message, "explicitBounds")) {
                                if (!$Array.isArray(message.explicitBounds))
                                    return "explicitBounds: array expected";
                                for (let i = 0; i < message.explicitBounds.length; ++i)
                                    if (typeof message.explicitBounds[i] !== "number")
                                        return "explicitBounds: number[] expected";
                            }
                            if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                                if (!$util.isInteger(message.flags))
                                    return "flags: integer expected";
                            if (message.min != null && $Object.hasOwnProperty.call(message, "min")) {
                                properties._min = 1;
                                if (typeof message.min !== "number")
                                    return "min: number expected";
                            }
                            if (message.max != null && $Object.hasOwnProperty.call(message, "max")) {
                                properties._max = 1;
                                if (typeof message.max !== "number")
                                    return "max: number expected";
                            }
                            return null;
                        };

                        /**
                         * Creates a HistogramDataPoint message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.HistogramDataPoint} HistogramDataPoint
                         */
                        HistogramDataPoint.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.HistogramDataPoint)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.HistogramDataPoint: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.HistogramDataPoint();
                            if (object.attributes) {
                                if (!$Array.isArray(object.attributes))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.attributes: array expected");
                                message.attributes = $Array(object.attributes.length);
                                for (let i = 0; i < object.attributes.length; ++i) {
                                    if (!$util.isObject(object.attributes[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.attributes: object expected");
                                    message.attributes[i] = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                                }
                            }
                            if (object.startTimeUnixNano != null)
                                if (typeof object.startTimeUnixNano === "object" ? object.startTimeUnixNano.low || object.startTimeUnixNano.high : $Number(object.startTimeUnixNano) !== 0)
                                    if ($util.Long)
                                        message.startTimeUnixNano = $util.Long.fromValue(object.startTimeUnixNano, true);
                                    else if (typeof object.startTimeUnixNano === "string")
                                        message.startTimeUnixNano = $parseInt(object.startTimeUnixNano, 10);
                                    else if (typeof object.startTimeUnixNano === "number")
                                        message.startTimeUnixNano = object.startTimeUnixNano;
                                    else if (typeof object.startTimeUnixNano === "object")
                                        message.startTimeUnixNano = new $util.LongBits(object.startTimeUnixNano.low >>> 0, object.startTimeUnixNano.high >>> 0).toNumber(true);
                            if (object.timeUnixNano != null)
                                if (typeof object.timeUnixNano === "object" ? object.timeUnixNano.low || object.timeUnixNano.high : $Number(object.timeUnixNano) !== 0)
                                    if ($util.Long)
                                        message.timeUnixNano = $util.Long.fromValue(object.timeUnixNano, true);
                                    else if (typeof object.timeUnixNano === "string")
                                        message.timeUnixNano = $parseInt(object.timeUnixNano, 10);
                                    else if (typeof object.timeUnixNano === "number")
                                        message.timeUnixNano = object.timeUnixNano;
                                    else if (typeof object.timeUnixNano === "object")
                                        message.timeUnixNano = new $util.LongBits(object.timeUnixNano.low >>> 0, object.timeUnixNano.high >>> 0).toNumber(true);
                            if (object.count != null)
                                if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                                    if ($util.Long)
                                        message.count = $util.Long.fromValue(object.count, true);
                                    else if (typeof object.count === "string")
                                        message.count = $parseInt(object.count, 10);
                                    else if (typeof object.count === "number")
                                        message.count = object.count;
                                    else if (typeof object.count === "object")
                                        message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                            if (object.sum != null)
                                message.sum = $Number(object.sum);
                            if (object.bucketCounts) {
                                if (!$Array.isArray(object.bucketCounts))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.bucketCounts: array expected");
                                message.bucketCounts = $Array(object.bucketCounts.length);
                                for (let i = 0; i < object.bucketCounts.length; ++i)
                                    if ($util.Long)
                                        message.bucketCounts[i] = $util.Long.fromValue(object.bucketCounts[i], true);
                                    else if (typeof object.bucketCounts[i] === "string")
                                        message.bucketCounts[i] = $parseInt(object.bucketCounts[i], 10);
                                    else if (typeof object.bucketCounts[i] === "number")
                                        message.bucketCounts[i] = object.bucketCounts[i];
                                    else if (typeof object.bucketCounts[i] === "object")
                                        message.bucketCounts[i] = new $util.LongBits(object.bucketCounts[i].low >>> 0, object.bucketCounts[i].high >>> 0).toNumber(true);
                            }
                            if (object.explicitBounds) {
                                if (!$Array.isArray(object.explicitBounds))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.HistogramDataPoint.explicitBounds: array expected");
                                message.explicitBounds = $Array(object.explicitBounds.length);
                                for (let i = 0; i < object.explicitBounds.length; ++i)
                                    message.explicitBounds[i] = $Number(object.explicitBounds[i]);
                            }
                            if (object.flags != null)
                                if ($Number(object.flags) !== 0)
                                    message.flags = object.flags >>> 0;
                            if (object.min != null)
                                message.min = $Number(object.min);
                            if (object.max != null)
                                message.max = $Number(object.max);
                            return message;
                        };

                        /**
                         * Creates a plain object from a HistogramDataPoint message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.HistogramDataPoint} message HistogramDataPoint
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        HistogramDataPoint.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults) {
                                object.bucketCounts = [];
                                object.explicitBounds = [];
                                object.attributes = [];
                            }
                            if (options.defaults) {
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.startTimeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.startTimeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.timeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.timeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                object.flags = 0;
                            }
                            if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.startTimeUnixNano = typeof message.startTimeUnixNano === "number" ? $BigInt(message.startTimeUnixNano) : $util.Long.fromBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0, true).toBigInt();
                                else if (typeof message.startTimeUnixNano === "number")
                                    object.startTimeUnixNano = options.longs === $String ? $String(message.startTimeUnixNano) : message.startTimeUnixNano;
                                else
                                    object.startTimeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeUnixNano) : options.longs === $Number ? new $util.LongBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0).toNumber(true) : message.startTimeUnixNano;
                            if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.timeUnixNano = typeof message.timeUnixNano === "number" ? $BigInt(message.timeUnixNano) : $util.Long.fromBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0, true).toBigInt();
                                else if (typeof message.timeUnixNano === "number")
                                    object.timeUnixNano = options.longs === $String ? $String(message.timeUnixNano) : message.timeUnixNano;
                                else
                                    object.timeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUnixNano) : options.longs === $Number ? new $util.LongBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0).toNumber(true) : message.timeUnixNano;
                            if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                                else if (typeof message.count === "number")
                                    object.count = options.longs === $String ? $String(message.count) : message.count;
                                else
                                    object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                                object.sum = options.json && !$isFinite(message.sum) ? $String(message.sum) : message.sum;
                            if (message.bucketCounts && message.bucketCounts.length) {
                                object.bucketCounts = $Array(message.bucketCounts.length);
                                for (let j = 0; j < message.bucketCounts.length; ++j)
                                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                        object.bucketCounts[j] = typeof message.bucketCounts[j] === "number" ? $BigInt(message.bucketCounts[j]) : $util.Long.fromBits(message.bucketCounts[j].low >>> 0, message.bucketCounts[j].high >>> 0, true).toBigInt();
                                    else if (typeof message.bucketCounts[j] === "number")
                                        object.bucketCounts[j] = options.longs === $String ? $String(message.bucketCounts[j]) : message.bucketCounts[j];
                                    else
                                        object.bucketCounts[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.bucketCounts[j]) : options.longs === $Number ? new $util.LongBits(message.bucketCounts[j].low >>> 0, message.bucketCounts[j].high >>> 0).toNumber(true) : message.bucketCounts[j];
                            }
                            if (message.explicitBounds && message.explicitBounds.length) {
                                object.explicitBounds = $Array(message.explicitBounds.length);
                                for (let j = 0; j < message.explicitBounds.length; ++j)
                                    object.explicitBounds[j] = options.json && !$isFinite(message.explicitBounds[j]) ? $String(message.explicitBounds[j]) : message.explicitBounds[j];
                            }
                            if (message.attributes && message.attributes.length) {
                                object.attributes = $Array(message.attributes.length);
                                for (let j = 0; j < message.attributes.length; ++j)
                                    object.attributes[j] = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                            }
                            if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                                object.flags = message.flags;
                            if (message.min != null && $Object.hasOwnProperty.call(message, "min"))
                                object.min = options.json && !$isFinite(message.min) ? $String(message.min) : message.min;
                            if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                                object.max = options.json && !$isFinite(message.max) ? $String(message.max) : message.max;
                            return object;
                        };

                        /**
                         * Converts this HistogramDataPoint to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        HistogramDataPoint.prototype.toJSON = function() {
                            return HistogramDataPoint.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for HistogramDataPoint
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.HistogramDataPoint
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        HistogramDataPoint.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.HistogramDataPoint";
                        };

                        return HistogramDataPoint;
                    })();

                    v1.ExponentialHistogramDataPoint = (function() {

                        /**
                         * Properties of an ExponentialHistogramDataPoint.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Properties
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties>|null} [attributes] ExponentialHistogramDataPoint attributes
                         * @property {number|null} [startTimeUnixNano] ExponentialHistogramDataPoint startTimeUnixNano
                         * @property {number|null} [timeUnixNano] ExponentialHistogramDataPoint timeUnixNano
                         * @property {number|null} [count] ExponentialHistogramDataPoint count
                         * @property {number|null} [sum] ExponentialHistogramDataPoint sum
                         * @property {number|null} [scale] ExponentialHistogramDataPoint scale
                         * @property {number|null} [zeroCount] ExponentialHistogramDataPoint zeroCount
                         * @property {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null} [positive] ExponentialHistogramDataPoint positive
                         * @property {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null} [negative] ExponentialHistogramDataPoint negative
                         * @property {number|null} [flags] ExponentialHistogramDataPoint flags
                         * @property {number|null} [min] ExponentialHistogramDataPoint min
                         * @property {number|null} [max] ExponentialHistogramDataPoint max
                         * @property {number|null} [zeroThreshold] ExponentialHistogramDataPoint zeroThreshold
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExponentialHistogramDataPoint.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface IExponentialHistogramDataPoint
                         * @augments opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Properties instead.
                         */

                        /**
                         * Shape of an ExponentialHistogramDataPoint.
                         * @typedef {{
                         *   attributes?: Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Shape>|null;
                         *   startTimeUnixNano?: number|null;
                         *   timeUnixNano?: number|null;
                         *   count?: number|null;
                         *   sum?: number|null;
                         *   scale?: number|null;
                         *   zeroCount?: number|null;
                         *   positive?: opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape|null;
                         *   negative?: opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape|null;
                         *   flags?: number|null;
                         *   min?: number|null;
                         *   max?: number|null;
                         *   zeroThreshold?: number|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Shape
                         */

                        /**
                         * Constructs a new ExponentialHistogramDataPoint.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents an ExponentialHistogramDataPoint.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ExponentialHistogramDataPoint = function (properties) {
                            this.attributes = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * ExponentialHistogramDataPoint attributes.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties>} attributes
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         */
                        ExponentialHistogramDataPoint.prototype.attributes = $util.emptyArray;

                        /**
                         * ExponentialHistogramDataPoint startTimeUnixNano.
                         * @member {number} startTimeUnixNano
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         */
                        ExponentialHistogramDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * ExponentialHistogramDataPoint timeUnixNano.
                         * @member {number} timeUnixNano
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         */
                        ExponentialHistogramDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * ExponentialHistogramDataPoint count.
                         * @member {number} count
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         */
                        ExponentialHistogramDataPoint.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * ExponentialHistogramDataPoint sum.
                         * @member {number|null|undefined} sum
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         */
                        ExponentialHistogramDataPoint.prototype.sum = null;

                        /**
                         * ExponentialHistogramDataPoint scale.
                         * @member {number} scale
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         */
                        ExponentialHistogramDataPoint.prototype.scale = 0;

                        /**
                         * ExponentialHistogramDataPoint zeroCount.
                         * @member {number} zeroCount
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         */
                        ExponentialHistogramDataPoint.prototype.zeroCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * ExponentialHistogramDataPoint positive.
                         * @member {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null|undefined} positive
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         */
                        ExponentialHistogramDataPoint.prototype.positive = null;

                        /**
                         * ExponentialHistogramDataPoint negative.
                         * @member {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null|undefined} negative
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         */
                        ExponentialHistogramDataPoint.prototype.negative = null;

                        /**
                         * ExponentialHistogramDataPoint flags.
                         * @member {number} flags
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         */
                        ExponentialHistogramDataPoint.prototype.flags = 0;

                        /**
                         * ExponentialHistogramDataPoint min.
                         * @member {number|null|undefined} min
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         */
                        ExponentialHistogramDataPoint.prototype.min = null;

                        /**
                         * ExponentialHistogramDataPoint max.
                         * @member {number|null|undefined} max
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         */
                        ExponentialHistogramDataPoint.prototype.max = null;

                        /**
                         * ExponentialHistogramDataPoint zeroThreshold.
                         * @member {number} zeroThreshold
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         */
                        ExponentialHistogramDataPoint.prototype.zeroThreshold = 0;

                        // OneOf field names bound to virtual getters and setters
                        let $oneOfFields;

                        // Virtual OneOf for proto3 optional field
                        $Object.defineProperty(ExponentialHistogramDataPoint.prototype, "_sum", {
                            get: $util.oneOfGetter($oneOfFields = ["sum"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        // Virtual OneOf for proto3 optional field
                        $Object.defineProperty(ExponentialHistogramDataPoint.prototype, "_min", {
                            get: $util.oneOfGetter($oneOfFields = ["min"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        // Virtual OneOf for proto3 optional field
                        $Object.defineProperty(ExponentialHistogramDataPoint.prototype, "_max", {
                            get: $util.oneOfGetter($oneOfFields = ["max"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        /**
                         * Creates a new ExponentialHistogramDataPoint instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint} ExponentialHistogramDataPoint instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Shape): opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint & opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Properties): opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint;
                         * }}
                         */
                        ExponentialHistogramDataPoint.create = function(properties) {
                            return new ExponentialHistogramDataPoint(properties);
                        };

                        /**
                         * Encodes the specified ExponentialHistogramDataPoint message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Properties} message ExponentialHistogramDataPoint message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExponentialHistogramDataPoint.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.attributes != null && message.attributes.length)
                                for (let i = 0; i < message.attributes.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.KeyValue.encode(message.attributes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano") && (typeof message.startTimeUnixNano === "object" ? message.startTimeUnixNano.low || message.startTimeUnixNano.high : message.startTimeUnixNano !== 0))
                                writer.uint32(/* id 2, wireType 1 =*/17).fixed64(message.startTimeUnixNano);
                            if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano") && (typeof message.timeUnixNano === "object" ? message.timeUnixNano.low || message.timeUnixNano.high : message.timeUnixNano !== 0))
                                writer.uint32(/* id 3, wireType 1 =*/25).fixed64(message.timeUnixNano);
                            if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                                writer.uint32(/* id 4, wireType 1 =*/33).fixed64(message.count);
                            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                                writer.uint32(/* id 5, wireType 1 =*/41).double(message.sum);
                            if (message.scale != null && $Object.hasOwnProperty.call(message, "scale") && message.scale !== 0)
                                writer.uint32(/* id 6, wireType 0 =*/48).sint32(message.scale);
                            if (message.zeroCount != null && $Object.hasOwnProperty.call(message, "zeroCount") && (typeof message.zeroCount === "object" ? message.zeroCount.low || message.zeroCount.high : message.zeroCount !== 0))
                                writer.uint32(/* id 7, wireType 1 =*/57).fixed64(message.zeroCount);
                            if (message.positive != null && $Object.hasOwnProperty.call(message, "positive"))
                                $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.encode(message.positive, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                            if (message.negative != null && $Object.hasOwnProperty.call(message, "negative"))
                                $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.encode(message.negative, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                            if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.flags);
                            if (message.min != null && $Object.hasOwnProperty.call(message, "min"))
                                writer.uint32(/* id 12, wireType 1 =*/97).double(message.min);
                            if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                                writer.uint32(/* id 13, wireType 1 =*/105).double(message.max);
                            if (message.zeroThreshold != null && $Object.hasOwnProperty.call(message, "zeroThreshold") && !$Object.is(message.zeroThreshold, 0))
                                writer.uint32(/* id 14, wireType 1 =*/113).double(message.zeroThreshold);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified ExponentialHistogramDataPoint message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Properties} message ExponentialHistogramDataPoint message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExponentialHistogramDataPoint.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExponentialHistogramDataPoint message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint & opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Shape} ExponentialHistogramDataPoint
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExponentialHistogramDataPoint.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint();
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
                                        if (!(message.attributes && message.attributes.length))
                                            message.attributes = [];
                                        message.attributes.push($root.opentelemetry.proto.collector.metrics.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 1)
                                            break;
                                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                            message.startTimeUnixNano = value;
                                        else
                                            delete message.startTimeUnixNano;
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 1)
                                            break;
                                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                            message.timeUnixNano = value;
                                        else
                                            delete message.timeUnixNano;
                                        continue;
                                    }
                                case 4: {
                                        if (wireType !== 1)
                                            break;
                                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                            message.count = value;
                                        else
                                            delete message.count;
                                        continue;
                                    }
                                case 5: {
                                        if (wireType !== 1)
                                            break;
                                        message.sum = reader.double();
                                        message._sum = "sum";
                                        continue;
                                    }
                                case 6: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.sint32())
                                            message.scale = value;
                                        else
                                            delete message.scale;
                                        continue;
                                    }
                                case 7: {
                                        if (wireType !== 1)
                                            break;
                                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                            message.zeroCount = value;
                                        else
                                            delete message.zeroCount;
                                        continue;
                                    }
                                case 8: {
                                        if (wireType !== 2)
                                            break;
                                        message.positive = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.decode(reader, reader.size(), $undefined, _depth + 1, message.positive);
                                        continue;
                                    }
                                case 9: {
                                        if (wireType !== 2)
                                            break;
                                        message.negative = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.decode(reader, reader.size(), $undefined, _depth + 1, message.negative);
                                        continue;
                                    }
                                case 10: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.uint32())
                                            message.flags = value;
                                        else
                                            delete message.flags;
                                        continue;
                                    }
                                case 12: {
                                        if (wireType !== 1)
                                            break;
                                        message.min = reader.double();
                                        message._min = "min";
                                        continue;
                                    }
                                case 13: {
                                        if (wireType !== 1)
                                            break;
                                        message.max = reader.double();
                                        message._max = "max";
                                        continue;
                                    }
                                case 14: {
                                        if (wireType !== 1)
                                            break;
                                        if (!$Object.is(value = reader.double(), 0))
                                            message.zeroThreshold = value;
                                        else
                                            delete message.zeroThreshold;
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
                         * Decodes an ExponentialHistogramDataPoint message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint & opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.$Shape} ExponentialHistogramDataPoint
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExponentialHistogramDataPoint.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExponentialHistogramDataPoint message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExponentialHistogramDataPoint.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            let properties = {};
                            if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                                if (!$Array.isArray(message.attributes))
                                    return "attributes: array expected";
                                for (let i = 0; i < message.attributes.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.verify(message.attributes[i], _depth + 1);
                                    if (error)
                                        return "attributes." + error;
                                }
                            }
                            if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                                if (!$util.isInteger(message.startTimeUnixNano) && !(message.startTimeUnixNano && $util.isInteger(message.startTimeUnixNano.low) && $util.isInteger(message.startTimeUnixNano.high)))
                                    return "startTimeUnixNano: integer|Long expected";
                            if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano"))
                                if (!$util.isInteger(message.timeUnixNano) && !(message.timeUnixNano && $util.isInteger(message.timeUnixNano.low) && $util.isInteger(message.timeUnixNano.high)))
                                    return "timeUnixNano: integer|Long expected";
                            if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                                if (!$util.isInteger(message.count) && !(message.count && $util.isInteger(message.count.low) && $util.isInteger(message.count.high)))
                                    return "count: integer|Long expected";
                            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum")) {
                                properties._sum = 1;
                                if (typeof message.sum !== "number")
                                    return "sum: number expected";
                            }
                            if (message.scale != null && $Object.hasOwnProperty.call(message, "scale"))
                                if (!$util.isInteger(message.scale))
                                    return "scale: integer expected";
                            if (message.zeroCount != null && $Object.hasOwnProperty.call(message, "zeroCount"))
                                if (!$util.isInteger(message.zeroCount) && !(message.zeroCount && $util.isInteger(message.zeroCount.low) && $util.isInteger(message.zeroCount.high)))
                                    return "zeroCount: integer|Long expected";
                            if (message.positive != null && $Object.hasOwnProperty.call(message, "positive")) {
                                let error = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.verify(message.positive, _depth + 1);
                                if (error)
                                    return "positive." + error;
                            }
                            if (message.negative != null && $Object.hasOwnProperty.call(message, "negative")) {
                                let error = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.verify(message.negative, _depth + 1);
                                if (error)
                                    return "negative." + error;
                            }
                            if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                                if (!$util.isInteger(message.flags))
                                    return "flags: integer expected";
                            if (message.min != null && $Object.hasOwnProperty.call(message, "min")) {
                                properties._min = 1;
                                if (typeof message.min !== "number")
                                    return "min: number expected";
                            }
                            if (message.max != null && $Object.hasOwnProperty.call(message, "max")) {
                                properties._max = 1;
                                if (typeof message.max !== "number")
                                    return "max: number expected";
                            }
                            if (message.zeroThreshold != null && $Object.hasOwnProperty.call(message, "zeroThreshold"))
                                if (typeof message.zeroThreshold !== "number")
                                    return "zeroThreshold: number expected";
                            return null;
                        };

                        /**
                         * Creates an ExponentialHistogramDataPoint message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint} ExponentialHistogramDataPoint
                         */
                        ExponentialHistogramDataPoint.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint();
                            if (object.attributes) {
                                if (!$Array.isArray(object.attributes))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.attributes: array expected");
                                message.attributes = $Array(object.attributes.length);
                                for (let i = 0; i < object.attributes.length; ++i) {
                                    if (!$util.isObject(object.attributes[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.attributes: object expected");
                                    message.attributes[i] = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                                }
                            }
                            if (object.startTimeUnixNano != null)
                                if (typeof object.startTimeUnixNano === "object" ? object.startTimeUnixNano.low || object.startTimeUnixNano.high : $Number(object.startTimeUnixNano) !== 0)
                                    if ($util.Long)
                                        message.startTimeUnixNano = $util.Long.fromValue(object.startTimeUnixNano, true);
                                    else if (typeof object.startTimeUnixNano === "string")
                                        message.startTimeUnixNano = $parseInt(object.startTimeUnixNano, 10);
                                    else if (typeof object.startTimeUnixNano === "number")
                                        message.startTimeUnixNano = object.startTimeUnixNano;
                                    else if (typeof object.startTimeUnixNano === "object")
                                        message.startTimeUnixNano = new $util.LongBits(object.startTimeUnixNano.low >>> 0, object.startTimeUnixNano.high >>> 0).toNumber(true);
                            if (object.timeUnixNano != null)
                                if (typeof object.timeUnixNano === "object" ? object.timeUnixNano.low || object.timeUnixNano.high : $Number(object.timeUnixNano) !== 0)
                                    if ($util.Long)
                                        message.timeUnixNano = $util.Long.fromValue(object.timeUnixNano, true);
                                    else if (typeof object.timeUnixNano === "string")
                                        message.timeUnixNano = $parseInt(object.timeUnixNano, 10);
                                    else if (typeof object.timeUnixNano === "number")
                                        message.timeUnixNano = object.timeUnixNano;
                                    else if (typeof object.timeUnixNano === "object")
                                        message.timeUnixNano = new $util.LongBits(object.timeUnixNano.low >>> 0, object.timeUnixNano.high >>> 0).toNumber(true);
                            if (object.count != null)
                                if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                                    if ($util.Long)
                                        message.count = $util.Long.fromValue(object.count, true);
                                    else if (typeof object.count === "string")
                                        message.count = $parseInt(object.count, 10);
                                    else if (typeof object.count === "number")
                                        message.count = object.count;
                                    else if (typeof object.count === "object")
                                        message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                            if (object.sum != null)
                                message.sum = $Number(object.sum);
                            if (object.scale != null)
                                if ($Number(object.scale) !== 0)
                                    message.scale = object.scale | 0;
                            if (object.zeroCount != null)
                                if (typeof object.zeroCount === "object" ? object.zeroCount.low || object.zeroCount.high : $Number(object.zeroCount) !== 0)
                                    if ($util.Long)
                                        message.zeroCount = $util.Long.fromValue(object.zeroCount, true);
                                    else if (typeof object.zeroCount === "string")
                                        message.zeroCount = $parseInt(object.zeroCount, 10);
                                    else if (typeof object.zeroCount === "number")
                                        message.zeroCount = object.zeroCount;
                                    else if (typeof object.zeroCount === "object")
                                        message.zeroCount = new $util.LongBits(object.zeroCount.low >>> 0, object.zeroCount.high >>> 0).toNumber(true);
                            if (object.positive != null) {
                                if (!$util.isObject(object.positive))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.positive: object expected");
                                message.positive = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.fromObject(object.positive, _depth + 1);
                            }
                            if (object.negative != null) {
                                if (!$util.isObject(object.negative))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.negative: object expected");
                                message.negative = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.fromObject(object.negative, _depth + 1);
                            }
                            if (object.flags != null)
                                if ($Number(object.flags) !== 0)
                                    message.flags = object.flags >>> 0;
                            if (object.min != null)
                                message.min = $Number(object.min);
                            if (object.max != null)
                                message.max = $Number(object.max);
                            if (object.zeroThreshold != null)
                                if (!$Object.is($Number(object.zeroThreshold), 0))
                                    message.zeroThreshold = $Number(object.zeroThreshold);
                            return message;
                        };

                        /**
                         * Creates a plain object from an ExponentialHistogramDataPoint message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint} message ExponentialHistogramDataPoint
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExponentialHistogramDataPoint.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.attributes = [];
                            if (options.defaults) {
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.startTimeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.startTimeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.timeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.timeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                object.scale = 0;
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.zeroCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.zeroCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                object.positive = null;
                                object.negative = null;
                                object.flags = 0;
                                object.zeroThreshold = 0;
                            }
                            if (message.attributes && message.attributes.length) {
                                object.attributes = $Array(message.attributes.length);
                                for (let j = 0; j < message.attributes.length; ++j)
                                    object.attributes[j] = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                            }
                            if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.startTimeUnixNano = typeof message.startTimeUnixNano === "number" ? $BigInt(message.startTimeUnixNano) : $util.Long.fromBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0, true).toBigInt();
                                else if (typeof message.startTimeUnixNano === "number")
                                    object.startTimeUnixNano = options.longs === $String ? $String(message.startTimeUnixNano) : message.startTimeUnixNano;
                                else
                                    object.startTimeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeUnixNano) : options.longs === $Number ? new $util.LongBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0).toNumber(true) : message.startTimeUnixNano;
                            if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.timeUnixNano = typeof message.timeUnixNano === "number" ? $BigInt(message.timeUnixNano) : $util.Long.fromBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0, true).toBigInt();
                                else if (typeof message.timeUnixNano === "number")
                                    object.timeUnixNano = options.longs === $String ? $String(message.timeUnixNano) : message.timeUnixNano;
                                else
                                    object.timeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUnixNano) : options.longs === $Number ? new $util.LongBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0).toNumber(true) : message.timeUnixNano;
                            if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                                else if (typeof message.count === "number")
                                    object.count = options.longs === $String ? $String(message.count) : message.count;
                                else
                                    object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                                object.sum = options.json && !$isFinite(message.sum) ? $String(message.sum) : message.sum;
                            if (message.scale != null && $Object.hasOwnProperty.call(message, "scale"))
                                object.scale = message.scale;
                            if (message.zeroCount != null && $Object.hasOwnProperty.call(message, "zeroCount"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.zeroCount = typeof message.zeroCount === "number" ? $BigInt(message.zeroCount) : $util.Long.fromBits(message.zeroCount.low >>> 0, message.zeroCount.high >>> 0, true).toBigInt();
                                else if (typeof message.zeroCount === "number")
                                    object.zeroCount = options.longs === $String ? $String(message.zeroCount) : message.zeroCount;
                                else
                                    object.zeroCount = options.longs === $String ? $util.Long.prototype.toString.call(message.zeroCount) : options.longs === $Number ? new $util.LongBits(message.zeroCount.low >>> 0, message.zeroCount.high >>> 0).toNumber(true) : message.zeroCount;
                            if (message.positive != null && $Object.hasOwnProperty.call(message, "positive"))
                                object.positive = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.toObject(message.positive, options, _depth + 1);
                            if (message.negative != null && $Object.hasOwnProperty.call(message, "negative"))
                                object.negative = $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.toObject(message.negative, options, _depth + 1);
                            if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                                object.flags = message.flags;
                            if (message.min != null && $Object.hasOwnProperty.call(message, "min"))
                                object.min = options.json && !$isFinite(message.min) ? $String(message.min) : message.min;
                            if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                                object.max = options.json && !$isFinite(message.max) ? $String(message.max) : message.max;
                            if (message.zeroThreshold != null && $Object.hasOwnProperty.call(message, "zeroThreshold"))
                                object.zeroThreshold = options.json && !$isFinite(message.zeroThreshold) ? $String(message.zeroThreshold) : message.zeroThreshold;
                            return object;
                        };

                        /**
                         * Converts this ExponentialHistogramDataPoint to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExponentialHistogramDataPoint.prototype.toJSON = function() {
                            return ExponentialHistogramDataPoint.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExponentialHistogramDataPoint
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExponentialHistogramDataPoint.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint";
                        };

                        ExponentialHistogramDataPoint.Buckets = (function() {

                            /**
                             * Properties of a Buckets.
                             * @typedef {Object} opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties
                             * @property {number|null} [offset] Buckets offset
                             * @property {Array.<number>|null} [bucketCounts] Buckets bucketCounts
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */

                            /**
                             * Properties of a Buckets.
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                             * @interface IBuckets
                             * @augments opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties
                             * @deprecated Use opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties instead.
                             */

                            /**
                             * Shape of a Buckets.
                             * @typedef {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties} opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape
                             */

                            /**
                             * Constructs a new Buckets.
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint
                             * @classdesc Represents a Buckets.
                             * @constructor
                             * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties=} [properties] Properties to set
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */
                            const Buckets = function (properties) {
                                this.bucketCounts = [];
                                if (properties)
                                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                            this[keys[i]] = properties[keys[i]];
                            };

                            /**
                             * Buckets offset.
                             * @member {number} offset
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets
                             * @instance
                             */
                            Buckets.prototype.offset = 0;

                            /**
                             * Buckets bucketCounts.
                             * @member {Array.<number>} bucketCounts
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets
                             * @instance
                             */
                            Buckets.prototype.bucketCounts = $util.emptyArray;

                            /**
                             * Creates a new Buckets instance using the specified properties.
                             * @function create
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets
                             * @static
                             * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties=} [properties] Properties to set
                             * @returns {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets} Buckets instance
                             * @type {{
                             *   (properties: opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape): opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets & opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape;
                             *   (properties?: opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties): opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets;
                             * }}
                             */
                            Buckets.create = function(properties) {
                                return new Buckets(properties);
                            };

                            /**
                             * Encodes the specified Buckets message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.verify|verify} messages.
                             * @function encode
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets
                             * @static
                             * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties} message Buckets message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            Buckets.encode = function (message, writer, _depth) {
                                if (!writer)
                                    writer = $Writer.create();
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.offset);
                                if (message.bucketCounts != null && message.bucketCounts.length)
                                    writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.bucketCounts);
                                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                    for (let i = 0; i < message.$unknowns.length; ++i)
                                        writer.raw(message.$unknowns[i]);
                                return writer;
                            };

                            /**
                             * Encodes the specified Buckets message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.verify|verify} messages.
                             * @function encodeDelimited
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets
                             * @static
                             * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties} message Buckets message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            Buckets.encodeDelimited = function(message, writer) {
                                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                            };

                            /**
                             * Decodes a Buckets message from the specified reader or buffer.
                             * @function decode
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @param {number} [length] Message length if known beforehand
                             * @returns {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets & opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape} Buckets
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            Buckets.decode = function (reader, length, _end, _depth, _target) {
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
                                message = _target || new $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets();
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
                                            if (value = reader.sint32())
                                                message.offset = value;
                                            else
                                                delete message.offset;
                                            continue;
                                        }
                                    case 2: {
                                            if (wireType === 2) {
                                                if (!(message.bucketCounts && message.bucketCounts.length))
                                                    message.bucketCounts = [];
                                                reader.uint64s(message.bucketCounts);
                                                continue;
                                            }
                                            if (wireType !== 0)
                                                break;
                                            if (!(message.bucketCounts && message.bucketCounts.length))
                                                message.bucketCounts = [];
                                            message.bucketCounts.push(reader.uint64());
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
                             * Decodes a Buckets message from the specified reader or buffer, length delimited.
                             * @function decodeDelimited
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @returns {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets & opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape} Buckets
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            Buckets.decodeDelimited = function(reader) {
                                if (!(reader instanceof $Reader))
                                    reader = new $Reader(reader);
                                return this.decode(reader, reader.size());
                            };

                            /**
                             * Verifies a Buckets message.
                             * @function verify
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets
                             * @static
                             * @param {Object.<string,*>} message Plain object to verify
                             * @returns {string|null} `null` if valid, otherwise the reason why it is not
                             */
                            Buckets.verify = function (message, _depth) {
                                if (typeof message !== "object" || message === null)
                                    return "object expected";
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    return "max depth exceeded";
                                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                                    if (!$util.isInteger(message.offset))
                                        return "offset: integer expected";
                                if (message.bucketCounts != null && $Object.hasOwnProperty.call(message, "bucketCounts")) {
                                    if (!$Array.isArray(message.bucketCounts))
                                        return "bucketCounts: array expected";
                                    for (let i = 0; i < message.bucketCounts.length; ++i)
                                        if (!$util.isInteger(message.bucketCounts[i]) && !(message.bucketCounts[i] && $util.isInteger(message.bucketCounts[i].low) && $util.isInteger(message.bucketCounts[i].high)))
                                            return "bucketCounts: integer|Long[] expected";
                                }
                                return null;
                            };

                            /**
                             * Creates a Buckets message from a plain object. Also converts values to their respective internal types.
                             * @function fromObject
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets
                             * @static
                             * @param {Object.<string,*>} object Plain object
                             * @returns {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets} Buckets
                             */
                            Buckets.fromObject = function (object, _depth) {
                                if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets)
                                    return object;
                                if (!$util.isObject(object))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets: object expected");
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                let message = new $root.opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets();
                                if (object.offset != null)
                                    if ($Number(object.offset) !== 0)
                                        message.offset = object.offset | 0;
                                if (object.bucketCounts) {
                                    if (!$Array.isArray(object.bucketCounts))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets.bucketCounts: array expected");
                                    message.bucketCounts = $Array(object.bucketCounts.length);
                                    for (let i = 0; i < object.bucketCounts.length; ++i)
                                        if ($util.Long)
                                            message.bucketCounts[i] = $util.Long.fromValue(object.bucketCounts[i], true);
                                        else if (typeof object.bucketCounts[i] === "string")
                                            message.bucketCounts[i] = $parseInt(object.bucketCounts[i], 10);
                                        else if (typeof object.bucketCounts[i] === "number")
                                            message.bucketCounts[i] = object.bucketCounts[i];
                                        else if (typeof object.bucketCounts[i] === "object")
                                            message.bucketCounts[i] = new $util.LongBits(object.bucketCounts[i].low >>> 0, object.bucketCounts[i].high >>> 0).toNumber(true);
                                }
                                return message;
                            };

                            /**
                             * Creates a plain object from a Buckets message. Also converts values to other types if specified.
                             * @function toObject
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets
                             * @static
                             * @param {opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets} message Buckets
                             * @param {$protobuf.IConversionOptions} [options] Conversion options
                             * @returns {Object.<string,*>} Plain object
                             */
                            Buckets.toObject = function (message, options, _depth) {
                                if (!options)
                                    options = {};
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                let object = {};
                                if (options.arrays || options.defaults)
                                    object.bucketCounts = [];
                                if (options.defaults)
                                    object.offset = 0;
                                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                                    object.offset = message.offset;
                                if (message.bucketCounts && message.bucketCounts.length) {
                                    object.bucketCounts = $Array(message.bucketCounts.length);
                                    for (let j = 0; j < message.bucketCounts.length; ++j)
                                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                            object.bucketCounts[j] = typeof message.bucketCounts[j] === "number" ? $BigInt(message.bucketCounts[j]) : $util.Long.fromBits(message.bucketCounts[j].low >>> 0, message.bucketCounts[j].high >>> 0, true).toBigInt();
                                        else if (typeof message.bucketCounts[j] === "number")
                                            object.bucketCounts[j] = options.longs === $String ? $String(message.bucketCounts[j]) : message.bucketCounts[j];
                                        else
                                            object.bucketCounts[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.bucketCounts[j]) : options.longs === $Number ? new $util.LongBits(message.bucketCounts[j].low >>> 0, message.bucketCounts[j].high >>> 0).toNumber(true) : message.bucketCounts[j];
                                }
                                return object;
                            };

                            /**
                             * Converts this Buckets to JSON.
                             * @function toJSON
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets
                             * @instance
                             * @returns {Object.<string,*>} JSON object
                             */
                            Buckets.prototype.toJSON = function() {
                                return Buckets.toObject(this, $protobuf.util.toJSONOptions);
                            };

                            /**
                             * Gets the type url for Buckets
                             * @function getTypeUrl
                             * @memberof opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets
                             * @static
                             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                             * @returns {string} The type url
                             */
                            Buckets.getTypeUrl = function(prefix) {
                                if (prefix === $undefined)
                                    prefix = "type.googleapis.com";
                                return prefix + "/opentelemetry.proto.collector.metrics.v1.ExponentialHistogramDataPoint.Buckets";
                            };

                            return Buckets;
                        })();

                        return ExponentialHistogramDataPoint;
                    })();

                    v1.SummaryDataPoint = (function() {

                        /**
                         * Properties of a SummaryDataPoint.
                         * @typedef {Object} opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Properties
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties>|null} [attributes] SummaryDataPoint attributes
                         * @property {number|null} [startTimeUnixNano] SummaryDataPoint startTimeUnixNano
                         * @property {number|null} [timeUnixNano] SummaryDataPoint timeUnixNano
                         * @property {number|null} [count] SummaryDataPoint count
                         * @property {number|null} [sum] SummaryDataPoint sum
                         * @property {Array.<opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties>|null} [quantileValues] SummaryDataPoint quantileValues
                         * @property {number|null} [flags] SummaryDataPoint flags
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a SummaryDataPoint.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @interface ISummaryDataPoint
                         * @augments opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Properties
                         * @deprecated Use opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Properties instead.
                         */

                        /**
                         * Shape of a SummaryDataPoint.
                         * @typedef {{
                         *   attributes?: Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Shape>|null;
                         *   startTimeUnixNano?: number|null;
                         *   timeUnixNano?: number|null;
                         *   count?: number|null;
                         *   sum?: number|null;
                         *   quantileValues?: Array.<opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape>|null;
                         *   flags?: number|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Shape
                         */

                        /**
                         * Constructs a new SummaryDataPoint.
                         * @memberof opentelemetry.proto.collector.metrics.v1
                         * @classdesc Represents a SummaryDataPoint.
                         * @constructor
                         * @param {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const SummaryDataPoint = function (properties) {
                            this.attributes = [];
                            this.quantileValues = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * SummaryDataPoint attributes.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.KeyValue.$Properties>} attributes
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @instance
                         */
                        SummaryDataPoint.prototype.attributes = $util.emptyArray;

                        /**
                         * SummaryDataPoint startTimeUnixNano.
                         * @member {number} startTimeUnixNano
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @instance
                         */
                        SummaryDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * SummaryDataPoint timeUnixNano.
                         * @member {number} timeUnixNano
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @instance
                         */
                        SummaryDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * SummaryDataPoint count.
                         * @member {number} count
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @instance
                         */
                        SummaryDataPoint.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * SummaryDataPoint sum.
                         * @member {number} sum
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @instance
                         */
                        SummaryDataPoint.prototype.sum = 0;

                        /**
                         * SummaryDataPoint quantileValues.
                         * @member {Array.<opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties>} quantileValues
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @instance
                         */
                        SummaryDataPoint.prototype.quantileValues = $util.emptyArray;

                        /**
                         * SummaryDataPoint flags.
                         * @member {number} flags
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @instance
                         */
                        SummaryDataPoint.prototype.flags = 0;

                        /**
                         * Creates a new SummaryDataPoint instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint} SummaryDataPoint instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Shape): opentelemetry.proto.collector.metrics.v1.SummaryDataPoint & opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Shape;
                         *   (properties?: opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Properties): opentelemetry.proto.collector.metrics.v1.SummaryDataPoint;
                         * }}
                         */
                        SummaryDataPoint.create = function(properties) {
                            return new SummaryDataPoint(properties);
                        };

                        /**
                         * Encodes the specified SummaryDataPoint message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Properties} message SummaryDataPoint message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        SummaryDataPoint.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano") && (typeof message.startTimeUnixNano === "object" ? message.startTimeUnixNano.low || message.startTimeUnixNano.high : message.startTimeUnixNano !== 0))
                                writer.uint32(/* id 2, wireType 1 =*/17).fixed64(message.startTimeUnixNano);
                            if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano") && (typeof message.timeUnixNano === "object" ? message.timeUnixNano.low || message.timeUnixNano.high : message.timeUnixNano !== 0))
                                writer.uint32(/* id 3, wireType 1 =*/25).fixed64(message.timeUnixNano);
                            if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                                writer.uint32(/* id 4, wireType 1 =*/33).fixed64(message.count);
                            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum") && !$Object.is(message.sum, 0))
                                writer.uint32(/* id 5, wireType 1 =*/41).double(message.sum);
                            if (message.quantileValues != null && message.quantileValues.length)
                                for (let i = 0; i < message.quantileValues.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.encode(message.quantileValues[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                            if (message.attributes != null && message.attributes.length)
                                for (let i = 0; i < message.attributes.length; ++i)
                                    $root.opentelemetry.proto.collector.metrics.v1.KeyValue.encode(message.attributes[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                            if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.flags);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified SummaryDataPoint message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Properties} message SummaryDataPoint message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        SummaryDataPoint.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a SummaryDataPoint message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint & opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Shape} SummaryDataPoint
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        SummaryDataPoint.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint();
                            while (reader.pos < end) {
                                let start = reader.pos;
                                let tag = reader.tag();
                                if (tag === _end) {
                                    _end = $undefined;
                                    break;
                                }
                                let wireType = tag & 7;
                                switch (tag >>>= 3) {
                                case 7: {
                                        if (wireType !== 2)
                                            break;
                                        if (!(message.attributes && message.attributes.length))
                                            message.attributes = [];
                                        message.attributes.push($root.opentelemetry.proto.collector.metrics.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 1)
                                            break;
                                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                            message.startTimeUnixNano = value;
                                        else
                                            delete message.startTimeUnixNano;
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 1)
                                            break;
                                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                            message.timeUnixNano = value;
                                        else
                                            delete message.timeUnixNano;
                                        continue;
                                    }
                                case 4: {
                                        if (wireType !== 1)
                                            break;
                                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                            message.count = value;
                                        else
                                            delete message.count;
                                        continue;
                                    }
                                case 5: {
                                        if (wireType !== 1)
                                            break;
                                        if (!$Object.is(value = reader.double(), 0))
                                            message.sum = value;
                                        else
                                            delete message.sum;
                                        continue;
                                    }
                                case 6: {
                                        if (wireType !== 2)
                                            break;
                                        if (!(message.quantileValues && message.quantileValues.length))
                                            message.quantileValues = [];
                                        message.quantileValues.push($root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.decode(reader, reader.size(), $undefined, _depth + 1));
                                        continue;
                                    }
                                case 8: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.uint32())
                                            message.flags = value;
                                        else
                                            delete message.flags;
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
                         * Decodes a SummaryDataPoint message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint & opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.$Shape} SummaryDataPoint
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        SummaryDataPoint.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a SummaryDataPoint message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        SummaryDataPoint.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                                if (!$Array.isArray(message.attributes))
                                    return "attributes: array expected";
                                for (let i = 0; i < message.attributes.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.verify(message.attributes[i], _depth + 1);
                                    if (error)
                                        return "attributes." + error;
                                }
                            }
                            if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                                if (!$util.isInteger(message.startTimeUnixNano) && !(message.startTimeUnixNano && $util.isInteger(message.startTimeUnixNano.low) && $util.isInteger(message.startTimeUnixNano.high)))
                                    return "startTimeUnixNano: integer|Long expected";
                            if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano"))
                                if (!$util.isInteger(message.timeUnixNano) && !(message.timeUnixNano && $util.isInteger(message.timeUnixNano.low) && $util.isInteger(message.timeUnixNano.high)))
                                    return "timeUnixNano: integer|Long expected";
                            if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                                if (!$util.isInteger(message.count) && !(message.count && $util.isInteger(message.count.low) && $util.isInteger(message.count.high)))
                                    return "count: integer|Long expected";
                            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                                if (typeof message.sum !== "number")
                                    return "sum: number expected";
                            if (message.quantileValues != null && $Object.hasOwnProperty.call(message, "quantileValues")) {
                                if (!$Array.isArray(message.quantileValues))
                                    return "quantileValues: array expected";
                                for (let i = 0; i < message.quantileValues.length; ++i) {
                                    let error = $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.verify(message.quantileValues[i], _depth + 1);
                                    if (error)
                                        return "quantileValues." + error;
                                }
                            }
                            if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                                if (!$util.isInteger(message.flags))
                                    return "flags: integer expected";
                            return null;
                        };

                        /**
                         * Creates a SummaryDataPoint message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint} SummaryDataPoint
                         */
                        SummaryDataPoint.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.SummaryDataPoint: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint();
                            if (object.attributes) {
                                if (!$Array.isArray(object.attributes))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.attributes: array expected");
                                message.attributes = $Array(object.attributes.length);
                                for (let i = 0; i < object.attributes.length; ++i) {
                                    if (!$util.isObject(object.attributes[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.attributes: object expected");
                                    message.attributes[i] = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                                }
                            }
                            if (object.startTimeUnixNano != null)
                                if (typeof object.startTimeUnixNano === "object" ? object.startTimeUnixNano.low || object.startTimeUnixNano.high : $Number(object.startTimeUnixNano) !== 0)
                                    if ($util.Long)
                                        message.startTimeUnixNano = $util.Long.fromValue(object.startTimeUnixNano, true);
                                    else if (typeof object.startTimeUnixNano === "string")
                                        message.startTimeUnixNano = $parseInt(object.startTimeUnixNano, 10);
                                    else if (typeof object.startTimeUnixNano === "number")
                                        message.startTimeUnixNano = object.startTimeUnixNano;
                                    else if (typeof object.startTimeUnixNano === "object")
                                        message.startTimeUnixNano = new $util.LongBits(object.startTimeUnixNano.low >>> 0, object.startTimeUnixNano.high >>> 0).toNumber(true);
                            if (object.timeUnixNano != null)
                                if (typeof object.timeUnixNano === "object" ? object.timeUnixNano.low || object.timeUnixNano.high : $Number(object.timeUnixNano) !== 0)
                                    if ($util.Long)
                                        message.timeUnixNano = $util.Long.fromValue(object.timeUnixNano, true);
                                    else if (typeof object.timeUnixNano === "string")
                                        message.timeUnixNano = $parseInt(object.timeUnixNano, 10);
                                    else if (typeof object.timeUnixNano === "number")
                                        message.timeUnixNano = object.timeUnixNano;
                                    else if (typeof object.timeUnixNano === "object")
                                        message.timeUnixNano = new $util.LongBits(object.timeUnixNano.low >>> 0, object.timeUnixNano.high >>> 0).toNumber(true);
                            if (object.count != null)
                                if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                                    if ($util.Long)
                                        message.count = $util.Long.fromValue(object.count, true);
                                    else if (typeof object.count === "string")
                                        message.count = $parseInt(object.count, 10);
                                    else if (typeof object.count === "number")
                                        message.count = object.count;
                                    else if (typeof object.count === "object")
                                        message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                            if (object.sum != null)
                                if (!$Object.is($Number(object.sum), 0))
                                    message.sum = $Number(object.sum);
                            if (object.quantileValues) {
                                if (!$Array.isArray(object.quantileValues))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.quantileValues: array expected");
                                message.quantileValues = $Array(object.quantileValues.length);
                                for (let i = 0; i < object.quantileValues.length; ++i) {
                                    if (!$util.isObject(object.quantileValues[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.quantileValues: object expected");
                                    message.quantileValues[i] = $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.fromObject(object.quantileValues[i], _depth + 1);
                                }
                            }
                            if (object.flags != null)
                                if ($Number(object.flags) !== 0)
                                    message.flags = object.flags >>> 0;
                            return message;
                        };

                        /**
                         * Creates a plain object from a SummaryDataPoint message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @static
                         * @param {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint} message SummaryDataPoint
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        SummaryDataPoint.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults) {
                                object.quantileValues = [];
                                object.attributes = [];
                            }
                            if (options.defaults) {
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.startTimeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.startTimeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.timeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.timeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                object.sum = 0;
                                object.flags = 0;
                            }
                            if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.startTimeUnixNano = typeof message.startTimeUnixNano === "number" ? $BigInt(message.startTimeUnixNano) : $util.Long.fromBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0, true).toBigInt();
                                else if (typeof message.startTimeUnixNano === "number")
                                    object.startTimeUnixNano = options.longs === $String ? $String(message.startTimeUnixNano) : message.startTimeUnixNano;
                                else
                                    object.startTimeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeUnixNano) : options.longs === $Number ? new $util.LongBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0).toNumber(true) : message.startTimeUnixNano;
                            if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.timeUnixNano = typeof message.timeUnixNano === "number" ? $BigInt(message.timeUnixNano) : $util.Long.fromBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0, true).toBigInt();
                                else if (typeof message.timeUnixNano === "number")
                                    object.timeUnixNano = options.longs === $String ? $String(message.timeUnixNano) : message.timeUnixNano;
                                else
                                    object.timeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUnixNano) : options.longs === $Number ? new $util.LongBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0).toNumber(true) : message.timeUnixNano;
                            if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                                else if (typeof message.count === "number")
                                    object.count = options.longs === $String ? $String(message.count) : message.count;
                                else
                                    object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                                object.sum = options.json && !$isFinite(message.sum) ? $String(message.sum) : message.sum;
                            if (message.quantileValues && message.quantileValues.length) {
                                object.quantileValues = $Array(message.quantileValues.length);
                                for (let j = 0; j < message.quantileValues.length; ++j)
                                    object.quantileValues[j] = $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.toObject(message.quantileValues[j], options, _depth + 1);
                            }
                            if (message.attributes && message.attributes.length) {
                                object.attributes = $Array(message.attributes.length);
                                for (let j = 0; j < message.attributes.length; ++j)
                                    object.attributes[j] = $root.opentelemetry.proto.collector.metrics.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                            }
                            if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                                object.flags = message.flags;
                            return object;
                        };

                        /**
                         * Converts this SummaryDataPoint to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        SummaryDataPoint.prototype.toJSON = function() {
                            return SummaryDataPoint.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for SummaryDataPoint
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        SummaryDataPoint.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.SummaryDataPoint";
                        };

                        SummaryDataPoint.ValueAtQuantile = (function() {

                            /**
                             * Properties of a ValueAtQuantile.
                             * @typedef {Object} opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties
                             * @property {number|null} [quantile] ValueAtQuantile quantile
                             * @property {number|null} [value] ValueAtQuantile value
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */

                            /**
                             * Properties of a ValueAtQuantile.
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                             * @interface IValueAtQuantile
                             * @augments opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties
                             * @deprecated Use opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties instead.
                             */

                            /**
                             * Shape of a ValueAtQuantile.
                             * @typedef {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties} opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape
                             */

                            /**
                             * Constructs a new ValueAtQuantile.
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint
                             * @classdesc Represents a ValueAtQuantile.
                             * @constructor
                             * @param {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties=} [properties] Properties to set
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */
                            const ValueAtQuantile = function (properties) {
                                if (properties)
                                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                            this[keys[i]] = properties[keys[i]];
                            };

                            /**
                             * ValueAtQuantile quantile.
                             * @member {number} quantile
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile
                             * @instance
                             */
                            ValueAtQuantile.prototype.quantile = 0;

                            /**
                             * ValueAtQuantile value.
                             * @member {number} value
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile
                             * @instance
                             */
                            ValueAtQuantile.prototype.value = 0;

                            /**
                             * Creates a new ValueAtQuantile instance using the specified properties.
                             * @function create
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile
                             * @static
                             * @param {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties=} [properties] Properties to set
                             * @returns {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile} ValueAtQuantile instance
                             * @type {{
                             *   (properties: opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape): opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile & opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape;
                             *   (properties?: opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties): opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile;
                             * }}
                             */
                            ValueAtQuantile.create = function(properties) {
                                return new ValueAtQuantile(properties);
                            };

                            /**
                             * Encodes the specified ValueAtQuantile message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.verify|verify} messages.
                             * @function encode
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile
                             * @static
                             * @param {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties} message ValueAtQuantile message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            ValueAtQuantile.encode = function (message, writer, _depth) {
                                if (!writer)
                                    writer = $Writer.create();
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                if (message.quantile != null && $Object.hasOwnProperty.call(message, "quantile") && !$Object.is(message.quantile, 0))
                                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.quantile);
                                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.value);
                                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                    for (let i = 0; i < message.$unknowns.length; ++i)
                                        writer.raw(message.$unknowns[i]);
                                return writer;
                            };

                            /**
                             * Encodes the specified ValueAtQuantile message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.verify|verify} messages.
                             * @function encodeDelimited
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile
                             * @static
                             * @param {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties} message ValueAtQuantile message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            ValueAtQuantile.encodeDelimited = function(message, writer) {
                                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                            };

                            /**
                             * Decodes a ValueAtQuantile message from the specified reader or buffer.
                             * @function decode
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @param {number} [length] Message length if known beforehand
                             * @returns {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile & opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape} ValueAtQuantile
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            ValueAtQuantile.decode = function (reader, length, _end, _depth, _target) {
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
                                message = _target || new $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile();
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
                                            if (wireType !== 1)
                                                break;
                                            if (!$Object.is(value = reader.double(), 0))
                                                message.quantile = value;
                                            else
                                                delete message.quantile;
                                            continue;
                                        }
                                    case 2: {
                                            if (wireType !== 1)
                                                break;
                                            if (!$Object.is(value = reader.double(), 0))
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
                             * Decodes a ValueAtQuantile message from the specified reader or buffer, length delimited.
                             * @function decodeDelimited
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @returns {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile & opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape} ValueAtQuantile
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            ValueAtQuantile.decodeDelimited = function(reader) {
                                if (!(reader instanceof $Reader))
                                    reader = new $Reader(reader);
                                return this.decode(reader, reader.size());
                            };

                            /**
                             * Verifies a ValueAtQuantile message.
                             * @function verify
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile
                             * @static
                             * @param {Object.<string,*>} message Plain object to verify
                             * @returns {string|null} `null` if valid, otherwise the reason why it is not
                             */
                            ValueAtQuantile.verify = function (message, _depth) {
                                if (typeof message !== "object" || message === null)
                                    return "object expected";
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    return "max depth exceeded";
                                if (message.quantile != null && $Object.hasOwnProperty.call(message, "quantile"))
                                    if (typeof message.quantile !== "number")
                                        return "quantile: number expected";
                                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                                    if (typeof message.value !== "number")
                                        return "value: number expected";
                                return null;
                            };

                            /**
                             * Creates a ValueAtQuantile message from a plain object. Also converts values to their respective internal types.
                             * @function fromObject
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile
                             * @static
                             * @param {Object.<string,*>} object Plain object
                             * @returns {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile} ValueAtQuantile
                             */
                            ValueAtQuantile.fromObject = function (object, _depth) {
                                if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile)
                                    return object;
                                if (!$util.isObject(object))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile: object expected");
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                let message = new $root.opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile();
                                if (object.quantile != null)
                                    if (!$Object.is($Number(object.quantile), 0))
                                        message.quantile = $Number(object.quantile);
                                if (object.value != null)
                                    if (!$Object.is($Number(object.value), 0))
                                        message.value = $Number(object.value);
                                return message;
                            };

                            /**
                             * Creates a plain object from a ValueAtQuantile message. Also converts values to other types if specified.
                             * @function toObject
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile
                             * @static
                             * @param {opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile} message ValueAtQuantile
                             * @param {$protobuf.IConversionOptions} [options] Conversion options
                             * @returns {Object.<string,*>} Plain object
                             */
                            ValueAtQuantile.toObject = function (message, options, _depth) {
                                if (!options)
                                    options = {};
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                let object = {};
                                if (options.defaults) {
                                    object.quantile = 0;
                                    object.value = 0;
                                }
                                if (message.quantile != null && $Object.hasOwnProperty.call(message, "quantile"))
                                    object.quantile = options.json && !$isFinite(message.quantile) ? $String(message.quantile) : message.quantile;
                                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                                return object;
                            };

                            /**
                             * Converts this ValueAtQuantile to JSON.
                             * @function toJSON
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile
                             * @instance
                             * @returns {Object.<string,*>} JSON object
                             */
                            ValueAtQuantile.prototype.toJSON = function() {
                                return ValueAtQuantile.toObject(this, $protobuf.util.toJSONOptions);
                            };

                            /**
                             * Gets the type url for ValueAtQuantile
                             * @function getTypeUrl
                             * @memberof opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile
                             * @static
                             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                             * @returns {string} The type url
                             */
                            ValueAtQuantile.getTypeUrl = function(prefix) {
                                if (prefix === $undefined)
                                    prefix = "type.googleapis.com";
                                return prefix + "/opentelemetry.proto.collector.metrics.v1.SummaryDataPoint.ValueAtQuantile";
                            };

                            return ValueAtQuantile;
                        })();

                        return SummaryDataPoint;
                    })();

                    return v1;
                })();

                return metrics;
            })();

            return collector;
        })();

        return proto;
    })();

    return opentelemetry;
})();

export {
  $root as default
};
