import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace sluice. */
export namespace sluice {

    /** Namespace v1. */
    namespace v1 {

        /** Represents an Ingest */
        class Ingest extends $protobuf.rpc.Service {

            /**
             * Constructs a new Ingest service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Ingest service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Ingest;

            /** Calls Push. */
            push: sluice.v1.Ingest.Push;

            /** Calls Stream. */
            stream: sluice.v1.Ingest.Stream;
        }

        namespace Ingest {

            /**
             * Callback as used by {@link sluice.v1.Ingest#push}.
             * @param error Error, if any
             * @param [response] PushAck
             */
            type PushCallback = (error: (Error|null), response?: sluice.v1.PushAck) => void;

            /** Calls Push. */
            type Push = {
              (request: sluice.v1.IMetricBatch, callback: sluice.v1.Ingest.PushCallback): void;
              (request: sluice.v1.IMetricBatch): Promise<sluice.v1.PushAck>;
              readonly name: "Push";
              readonly path: "/sluice.v1.Ingest/Push";
              readonly requestType: "MetricBatch";
              readonly responseType: "PushAck";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link sluice.v1.Ingest#stream}.
             * @param error Error, if any
             * @param [response] PushAck
             */
            type StreamCallback = (error: (Error|null), response?: sluice.v1.PushAck) => void;

            /** Calls Stream. */
            type Stream = {
              (request: sluice.v1.IMetricBatch, callback: sluice.v1.Ingest.StreamCallback): void;
              (request: sluice.v1.IMetricBatch): Promise<sluice.v1.PushAck>;
              readonly name: "Stream";
              readonly path: "/sluice.v1.Ingest/Stream";
              readonly requestType: "MetricBatch";
              readonly responseType: "PushAck";
              readonly requestStream: true;
              readonly responseStream: true;
            };
        }

        /** MetricKind enum. */
        enum MetricKind {

            /** GAUGE value */
            GAUGE = 0,

            /** COUNTER value */
            COUNTER = 1,

            /** HISTOGRAM value */
            HISTOGRAM = 2
        }

        /**
         * Properties of a Label.
         * @deprecated Use sluice.v1.Label.$Properties instead.
         */
        interface ILabel extends sluice.v1.Label.$Properties {
        }

        /** Represents a Label. */
        class Label {

            /**
             * Constructs a new Label.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.v1.Label.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Label key. */
            key: string;

            /** Label value. */
            value: string;

            /**
             * Creates a new Label instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Label instance
             */
            static create(properties: sluice.v1.Label.$Shape): sluice.v1.Label & sluice.v1.Label.$Shape;
            static create(properties?: sluice.v1.Label.$Properties): sluice.v1.Label;

            /**
             * Encodes the specified Label message. Does not implicitly {@link sluice.v1.Label.verify|verify} messages.
             * @param message Label message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.v1.Label.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Label message, length delimited. Does not implicitly {@link sluice.v1.Label.verify|verify} messages.
             * @param message Label message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sluice.v1.Label.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Label message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.v1.Label & sluice.v1.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.v1.Label & sluice.v1.Label.$Shape;

            /**
             * Decodes a Label message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sluice.v1.Label & sluice.v1.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sluice.v1.Label & sluice.v1.Label.$Shape;

            /**
             * Verifies a Label message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Label message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Label
             */
            static fromObject(object: { [k: string]: any }): sluice.v1.Label;

            /**
             * Creates a plain object from a Label message. Also converts values to other types if specified.
             * @param message Label
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sluice.v1.Label, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Label to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Label
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Label {

            /** Properties of a Label. */
            interface $Properties {

                /** Label key */
                key?: (string|null);

                /** Label value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Label. */
            type $Shape = sluice.v1.Label.$Properties;
        }

        /**
         * Properties of a Metric.
         * @deprecated Use sluice.v1.Metric.$Properties instead.
         */
        interface IMetric extends sluice.v1.Metric.$Properties {
        }

        /** Represents a Metric. */
        class Metric {

            /**
             * Constructs a new Metric.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.v1.Metric.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Metric name. */
            name: string;

            /** Metric labels. */
            labels: sluice.v1.Label.$Properties[];

            /** Metric value. */
            value: number;

            /** Metric timestampMs. */
            timestampMs: number;

            /** Metric kind. */
            kind: sluice.v1.MetricKind;

            /**
             * Creates a new Metric instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Metric instance
             */
            static create(properties: sluice.v1.Metric.$Shape): sluice.v1.Metric & sluice.v1.Metric.$Shape;
            static create(properties?: sluice.v1.Metric.$Properties): sluice.v1.Metric;

            /**
             * Encodes the specified Metric message. Does not implicitly {@link sluice.v1.Metric.verify|verify} messages.
             * @param message Metric message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.v1.Metric.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Metric message, length delimited. Does not implicitly {@link sluice.v1.Metric.verify|verify} messages.
             * @param message Metric message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sluice.v1.Metric.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Metric message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.v1.Metric & sluice.v1.Metric.$Shape} Metric
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.v1.Metric & sluice.v1.Metric.$Shape;

            /**
             * Decodes a Metric message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sluice.v1.Metric & sluice.v1.Metric.$Shape} Metric
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sluice.v1.Metric & sluice.v1.Metric.$Shape;

            /**
             * Verifies a Metric message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Metric message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Metric
             */
            static fromObject(object: { [k: string]: any }): sluice.v1.Metric;

            /**
             * Creates a plain object from a Metric message. Also converts values to other types if specified.
             * @param message Metric
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sluice.v1.Metric, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Metric to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Metric
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Metric {

            /** Properties of a Metric. */
            interface $Properties {

                /** Metric name */
                name?: (string|null);

                /** Metric labels */
                labels?: (sluice.v1.Label.$Properties[]|null);

                /** Metric value */
                value?: (number|null);

                /** Metric timestampMs */
                timestampMs?: (number|null);

                /** Metric kind */
                kind?: (sluice.v1.MetricKind|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Metric. */
            type $Shape = sluice.v1.Metric.$Properties;
        }

        /**
         * Properties of a MetricBatch.
         * @deprecated Use sluice.v1.MetricBatch.$Properties instead.
         */
        interface IMetricBatch extends sluice.v1.MetricBatch.$Properties {
        }

        /** Represents a MetricBatch. */
        class MetricBatch {

            /**
             * Constructs a new MetricBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.v1.MetricBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetricBatch metrics. */
            metrics: sluice.v1.Metric.$Properties[];

            /** MetricBatch sequence. */
            sequence: number;

            /** MetricBatch producerId. */
            producerId: string;

            /**
             * Creates a new MetricBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetricBatch instance
             */
            static create(properties: sluice.v1.MetricBatch.$Shape): sluice.v1.MetricBatch & sluice.v1.MetricBatch.$Shape;
            static create(properties?: sluice.v1.MetricBatch.$Properties): sluice.v1.MetricBatch;

            /**
             * Encodes the specified MetricBatch message. Does not implicitly {@link sluice.v1.MetricBatch.verify|verify} messages.
             * @param message MetricBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.v1.MetricBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MetricBatch message, length delimited. Does not implicitly {@link sluice.v1.MetricBatch.verify|verify} messages.
             * @param message MetricBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sluice.v1.MetricBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetricBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.v1.MetricBatch & sluice.v1.MetricBatch.$Shape} MetricBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.v1.MetricBatch & sluice.v1.MetricBatch.$Shape;

            /**
             * Decodes a MetricBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sluice.v1.MetricBatch & sluice.v1.MetricBatch.$Shape} MetricBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sluice.v1.MetricBatch & sluice.v1.MetricBatch.$Shape;

            /**
             * Verifies a MetricBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MetricBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MetricBatch
             */
            static fromObject(object: { [k: string]: any }): sluice.v1.MetricBatch;

            /**
             * Creates a plain object from a MetricBatch message. Also converts values to other types if specified.
             * @param message MetricBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sluice.v1.MetricBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MetricBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MetricBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetricBatch {

            /** Properties of a MetricBatch. */
            interface $Properties {

                /** MetricBatch metrics */
                metrics?: (sluice.v1.Metric.$Properties[]|null);

                /** MetricBatch sequence */
                sequence?: (number|null);

                /** MetricBatch producerId */
                producerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetricBatch. */
            type $Shape = sluice.v1.MetricBatch.$Properties;
        }

        /**
         * Properties of a PushAck.
         * @deprecated Use sluice.v1.PushAck.$Properties instead.
         */
        interface IPushAck extends sluice.v1.PushAck.$Properties {
        }

        /** Represents a PushAck. */
        class PushAck {

            /**
             * Constructs a new PushAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.v1.PushAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PushAck sequence. */
            sequence: number;

            /** PushAck accepted. */
            accepted: number;

            /** PushAck rejected. */
            rejected: number;

            /** PushAck rejections. */
            rejections: sluice.v1.Rejection.$Properties[];

            /**
             * Creates a new PushAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PushAck instance
             */
            static create(properties: sluice.v1.PushAck.$Shape): sluice.v1.PushAck & sluice.v1.PushAck.$Shape;
            static create(properties?: sluice.v1.PushAck.$Properties): sluice.v1.PushAck;

            /**
             * Encodes the specified PushAck message. Does not implicitly {@link sluice.v1.PushAck.verify|verify} messages.
             * @param message PushAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.v1.PushAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PushAck message, length delimited. Does not implicitly {@link sluice.v1.PushAck.verify|verify} messages.
             * @param message PushAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sluice.v1.PushAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PushAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.v1.PushAck & sluice.v1.PushAck.$Shape} PushAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.v1.PushAck & sluice.v1.PushAck.$Shape;

            /**
             * Decodes a PushAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sluice.v1.PushAck & sluice.v1.PushAck.$Shape} PushAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sluice.v1.PushAck & sluice.v1.PushAck.$Shape;

            /**
             * Verifies a PushAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PushAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PushAck
             */
            static fromObject(object: { [k: string]: any }): sluice.v1.PushAck;

            /**
             * Creates a plain object from a PushAck message. Also converts values to other types if specified.
             * @param message PushAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sluice.v1.PushAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PushAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PushAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PushAck {

            /** Properties of a PushAck. */
            interface $Properties {

                /** PushAck sequence */
                sequence?: (number|null);

                /** PushAck accepted */
                accepted?: (number|null);

                /** PushAck rejected */
                rejected?: (number|null);

                /** PushAck rejections */
                rejections?: (sluice.v1.Rejection.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PushAck. */
            type $Shape = sluice.v1.PushAck.$Properties;
        }

        /**
         * Properties of a Rejection.
         * @deprecated Use sluice.v1.Rejection.$Properties instead.
         */
        interface IRejection extends sluice.v1.Rejection.$Properties {
        }

        /** Represents a Rejection. */
        class Rejection {

            /**
             * Constructs a new Rejection.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.v1.Rejection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Rejection index. */
            index: number;

            /** Rejection reason. */
            reason: string;

            /**
             * Creates a new Rejection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Rejection instance
             */
            static create(properties: sluice.v1.Rejection.$Shape): sluice.v1.Rejection & sluice.v1.Rejection.$Shape;
            static create(properties?: sluice.v1.Rejection.$Properties): sluice.v1.Rejection;

            /**
             * Encodes the specified Rejection message. Does not implicitly {@link sluice.v1.Rejection.verify|verify} messages.
             * @param message Rejection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.v1.Rejection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Rejection message, length delimited. Does not implicitly {@link sluice.v1.Rejection.verify|verify} messages.
             * @param message Rejection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sluice.v1.Rejection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Rejection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.v1.Rejection & sluice.v1.Rejection.$Shape} Rejection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.v1.Rejection & sluice.v1.Rejection.$Shape;

            /**
             * Decodes a Rejection message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sluice.v1.Rejection & sluice.v1.Rejection.$Shape} Rejection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sluice.v1.Rejection & sluice.v1.Rejection.$Shape;

            /**
             * Verifies a Rejection message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Rejection message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Rejection
             */
            static fromObject(object: { [k: string]: any }): sluice.v1.Rejection;

            /**
             * Creates a plain object from a Rejection message. Also converts values to other types if specified.
             * @param message Rejection
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sluice.v1.Rejection, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Rejection to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Rejection
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Rejection {

            /** Properties of a Rejection. */
            interface $Properties {

                /** Rejection index */
                index?: (number|null);

                /** Rejection reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Rejection. */
            type $Shape = sluice.v1.Rejection.$Properties;
        }
    }
}
